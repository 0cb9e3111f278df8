namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonReferenceSchema : JsonSchemaNode
{
    public string Reference { get; internal set; } = "";

    /// <summary>Set once the target is loaded; the same instance for every use of a target, so recursion ends.</summary>
    public JsonSchemaNode? Referred { get; internal set; }
}
