using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Json;

/// <summary>A parsed JSON Schema document.</summary>
public sealed class JsonSchema : ParsedSchema
{
    private readonly JsonNode _document;
    private string? _canonical;

    internal JsonSchema(string schemaText, IReadOnlyList<ResolvedReference> references, JsonNode document, JsonSchemaNode root)
        : base(schemaText, references)
    {
        _document = document;
        Root = root;
    }

    public override string SchemaType => SchemaTypes.Json;

    public JsonSchemaNode Root { get; }

    /// <summary>The document with object keys sorted and whitespace removed.</summary>
    public override string CanonicalString => _canonical ??= JsonCanonical.Write(_document);
}
