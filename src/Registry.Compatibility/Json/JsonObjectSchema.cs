namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonObjectSchema : JsonSchemaNode
{
    public Dictionary<string, JsonSchemaNode> Properties { get; } = new(StringComparer.Ordinal);

    public List<string> Required { get; } = [];

    /// <summary>False when <c>additionalProperties</c> is <c>false</c>.</summary>
    public bool PermitsAdditionalProperties { get; internal set; } = true;

    /// <summary>The schema of <c>additionalProperties</c> when it is a schema rather than a boolean.</summary>
    public JsonSchemaNode? AdditionalPropertiesSchema { get; internal set; }

    public List<(string Pattern, JsonSchemaNode Schema)> PatternProperties { get; } = [];

    public Dictionary<string, HashSet<string>> PropertyDependencies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonSchemaNode> SchemaDependencies { get; } = new(StringComparer.Ordinal);

    public int? MinProperties { get; internal set; }

    public int? MaxProperties { get; internal set; }
}
