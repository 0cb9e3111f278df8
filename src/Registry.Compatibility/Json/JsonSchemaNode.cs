using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Json;

/// <summary>
/// A loaded JSON Schema node. The node classes mirror the schema model of the Everit library that
/// Confluent's registry uses, because its diff rules are defined per class: a schema with several
/// kinds of keywords becomes an <c>allOf</c> of one node per kind.
/// </summary>
public abstract class JsonSchemaNode
{
    public string? Id { get; internal set; }

    public string? Title { get; internal set; }

    public string? Description { get; internal set; }

    public JsonNode? Default { get; internal set; }

    public bool HasDefault { get; internal set; }

    /// <summary>The node's source in canonical form; used to tell equal subschemas apart.</summary>
    public string Canonical { get; internal set; } = "";
}
