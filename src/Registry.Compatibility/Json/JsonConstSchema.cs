namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonConstSchema : JsonSchemaNode
{
    public string Value { get; internal set; } = "null";
}
