namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonEnumSchema : JsonSchemaNode
{
    /// <summary>Canonical JSON texts of the permitted values.</summary>
    public IReadOnlySet<string> Values { get; internal set; } = new HashSet<string>();
}
