using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>A node of a parsed Avro schema.</summary>
public abstract class AvroType
{
    protected AvroType(AvroKind kind) => Kind = kind;

    public AvroKind Kind { get; }

    /// <summary>The <c>logicalType</c> attribute; compatibility treats it as its underlying type.</summary>
    public string? LogicalType { get; internal set; }

    /// <summary>Attributes the specification does not define (and logical type parameters), in source order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Properties { get; internal set; } = [];

    /// <summary>The type name as the specification spells it ("int", "record", ...).</summary>
    public string TypeName => TypeNames[(int)Kind];

    // In AvroKind's order; the parser and the canonical writer ask for it once per node.
    private static readonly string[] TypeNames =
        ["null", "boolean", "int", "long", "float", "double", "bytes", "string", "record", "enum", "array", "map", "union", "fixed"];
}
