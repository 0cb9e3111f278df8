namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonCombinedSchema : JsonSchemaNode
{
    public JsonCombination Criterion { get; internal set; }

    public IReadOnlyList<JsonSchemaNode> Subschemas { get; internal set; } = [];

    public string CriterionName => Criterion switch
    {
        JsonCombination.AllOf => "allOf",
        JsonCombination.AnyOf => "anyOf",
        _ => "oneOf",
    };
}
