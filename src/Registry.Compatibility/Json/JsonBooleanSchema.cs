namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonBooleanSchema : JsonSchemaNode;
