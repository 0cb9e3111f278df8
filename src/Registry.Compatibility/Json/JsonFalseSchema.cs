namespace DataSpine.Registry.Compatibility.Json;

/// <summary>Accepts nothing: <c>false</c>.</summary>
public sealed class JsonFalseSchema : JsonSchemaNode;
