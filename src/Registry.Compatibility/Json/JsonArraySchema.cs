namespace DataSpine.Registry.Compatibility.Json;

public sealed class JsonArraySchema : JsonSchemaNode
{
    /// <summary><c>items</c> given as one schema for every item.</summary>
    public JsonSchemaNode? AllItems { get; internal set; }

    /// <summary><c>items</c> given as a list (tuple validation).</summary>
    public List<JsonSchemaNode>? ItemSchemas { get; internal set; }

    public bool PermitsAdditionalItems { get; internal set; } = true;

    public JsonSchemaNode? AdditionalItemsSchema { get; internal set; }

    public int? MinItems { get; internal set; }

    public int? MaxItems { get; internal set; }

    public bool UniqueItems { get; internal set; }
}
