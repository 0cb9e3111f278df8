namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonStringSchema : JsonSchemaNode
{
    public int? MinLength { get; internal set; }

    public int? MaxLength { get; internal set; }

    public string? Pattern { get; internal set; }

    public string? Format { get; internal set; }
}
