namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonNotSchema : JsonSchemaNode
{
    public JsonSchemaNode MustNotMatch { get; internal set; } = new JsonEmptySchema();
}
