namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonNumberSchema : JsonSchemaNode
{
    public bool RequiresInteger { get; internal set; }

    public decimal? Minimum { get; internal set; }

    public decimal? Maximum { get; internal set; }

    public decimal? ExclusiveMinimum { get; internal set; }

    public decimal? ExclusiveMaximum { get; internal set; }

    public decimal? MultipleOf { get; internal set; }
}
