using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Json;

/// <summary>JSON Schema as a registry schema type; <c>$ref</c>s to other documents resolve through references by name.</summary>
public sealed class JsonSchemaFormat : ISchemaFormat
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    public string SchemaType => SchemaTypes.Json;

    public ParseResult Parse(string schemaText, IReadOnlyList<ResolvedReference> references)
    {
        ArgumentNullException.ThrowIfNull(schemaText);
        ArgumentNullException.ThrowIfNull(references);
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(schemaText, NodeOptions, DocumentOptions);
        }
        catch (JsonException e)
        {
            return ParseResult.Failure($"Invalid schema JSON: {e.Message}", (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1);
        }

        if (document is null)
        {
            return ParseResult.Failure("Invalid schema: a schema must be an object or a boolean, not null");
        }

        try
        {
            var root = new JsonSchemaLoader(document, references).Load();
            return ParseResult.Success(new JsonSchema(schemaText, references, document, root));
        }
        catch (JsonSchemaException e)
        {
            return ParseResult.Failure($"Invalid schema: {e.Message}");
        }
    }

    public CompatibilityResult Check(ParsedSchema reader, ParsedSchema writer)
    {
        var readerSchema = reader as JsonSchema ?? throw new ArgumentException("Not a JSON schema", nameof(reader));
        var writerSchema = writer as JsonSchema ?? throw new ArgumentException("Not a JSON schema", nameof(writer));
        var incompatible = Differences(writerSchema, readerSchema).Where(d => !d.IsCompatible).ToList();
        return incompatible.Count == 0
            ? CompatibilityResult.Compatible
            : CompatibilityResult.Incompatible(incompatible.Select(d => d.ToString()).ToList());
    }

    /// <summary>All differences from <paramref name="original"/> (the writer) to <paramref name="update"/> (the reader).</summary>
    public static IReadOnlyList<JsonDifference> Differences(JsonSchema original, JsonSchema update) =>
        JsonSchemaDiff.Compare(original.Root, update.Root);
}
