using System.Text.Json;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>Avro as a registry schema type.</summary>
public sealed class AvroFormat : ISchemaFormat
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 512 };

    public string SchemaType => SchemaTypes.Avro;

    public ParseResult Parse(string schemaText, IReadOnlyList<ResolvedReference> references)
    {
        ArgumentNullException.ThrowIfNull(schemaText);
        ArgumentNullException.ThrowIfNull(references);
        var parser = new AvroParser();
        foreach (var reference in references)
        {
            var failure = ParseInto(parser, reference.SchemaText, out _);
            if (failure is not null)
            {
                return ParseResult.Failure($"Invalid reference {reference.Name} ({reference.Subject} version {reference.Version}): {failure.Message}");
            }
        }

        var referenceNames = parser.Names.Keys.ToList();
        var error = ParseInto(parser, schemaText, out var root);
        return error is null
            ? ParseResult.Success(new AvroSchema(schemaText, references, root!, referenceNames))
            : ParseResult.Failure(error);
    }

    public CompatibilityResult Check(ParsedSchema reader, ParsedSchema writer)
    {
        var readerSchema = reader as AvroSchema ?? throw new ArgumentException("Not an Avro schema", nameof(reader));
        var writerSchema = writer as AvroSchema ?? throw new ArgumentException("Not an Avro schema", nameof(writer));
        var incompatibilities = new AvroCompatibility().Check(readerSchema.Root, writerSchema.Root);
        return incompatibilities.Count == 0
            ? CompatibilityResult.Compatible
            : CompatibilityResult.Incompatible(incompatibilities.Select(i => i.ToString()).ToList());
    }

    private static SchemaError? ParseInto(AvroParser parser, string text, out AvroType? root)
    {
        root = null;
        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            root = parser.Parse(document.RootElement);
            return null;
        }
        catch (JsonException e)
        {
            return new SchemaError($"Invalid schema JSON: {e.Message}", (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1);
        }
        catch (AvroSchemaException e)
        {
            return new SchemaError($"Invalid schema: {e.Message}");
        }
    }
}
