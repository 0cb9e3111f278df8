namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonNullSchema : JsonSchemaNode;
