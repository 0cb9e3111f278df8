using DataSpine.Registry.Compatibility.Protobuf.Descriptors;

namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>Protobuf as a registry schema type; imports are resolved through references by import path.</summary>
public sealed class ProtobufFormat : ISchemaFormat
{
    public string SchemaType => SchemaTypes.Protobuf;

    public ParseResult Parse(string schemaText, IReadOnlyList<ResolvedReference> references)
    {
        ArgumentNullException.ThrowIfNull(schemaText);
        ArgumentNullException.ThrowIfNull(references);
        // Confluent's serializers send a base64 FileDescriptorProto; from here on it is .proto text.
        if (SerializedProto.TryDecode(schemaText, out var decoded))
        {
            schemaText = decoded;
        }

        var symbols = new ProtoSymbols();
        foreach (var reference in references)
        {
            try
            {
                var dependency = ProtoParser.Parse(reference.SchemaText);
                RegisterWellKnownImports(dependency, references, symbols);
                symbols.AddFile(dependency, reference.Subject, reference.Version);
            }
            catch (ProtoSchemaException e)
            {
                return ParseResult.Failure($"Invalid reference {reference.Name} ({reference.Subject} version {reference.Version}): {e.Message}", Line(e), Column(e));
            }
        }

        try
        {
            var file = ProtoParser.Parse(schemaText);
            foreach (var import in file.Imports)
            {
                if (!references.Any(r => r.Name == import.Path) && !ProtoWellKnown.IsWellKnown(import.Path))
                {
                    return ParseResult.Failure($"Import \"{import.Path}\" was not found: add it as a schema reference named \"{import.Path}\"");
                }
            }

            RegisterWellKnownImports(file, references, symbols);
            symbols.AddFile(file, "", -1);
            new ProtoValidator(file, symbols).Validate();
            return ParseResult.Success(new ProtobufSchema(schemaText, references, file, symbols));
        }
        catch (ProtoSchemaException e)
        {
            return ParseResult.Failure($"Invalid schema: {e.Message}", Line(e), Column(e));
        }
    }

    public CompatibilityResult Check(ParsedSchema reader, ParsedSchema writer)
    {
        var readerSchema = reader as ProtobufSchema ?? throw new ArgumentException("Not a Protobuf schema", nameof(reader));
        var writerSchema = writer as ProtobufSchema ?? throw new ArgumentException("Not a Protobuf schema", nameof(writer));
        var differences = ProtoSchemaDiff.Compare(writerSchema, readerSchema);
        var incompatible = differences.Where(d => !d.IsCompatible).ToList();
        return incompatible.Count == 0
            ? CompatibilityResult.Compatible
            : CompatibilityResult.Incompatible(incompatible.Select(d => d.ToString()).ToList());
    }

    /// <summary>All differences from <paramref name="original"/> (the writer) to <paramref name="update"/> (the reader).</summary>
    public static IReadOnlyList<ProtoDifference> Differences(ProtobufSchema original, ProtobufSchema update) =>
        ProtoSchemaDiff.Compare(original, update);

    private static void RegisterWellKnownImports(ProtoFile file, IReadOnlyList<ResolvedReference> references, ProtoSymbols symbols)
    {
        foreach (var import in file.Imports)
        {
            if (ProtoWellKnown.IsWellKnown(import.Path) && !references.Any(r => r.Name == import.Path))
            {
                ProtoWellKnown.Register(import.Path, symbols);
            }
        }
    }

    private static int? Line(ProtoSchemaException e) => e.Line > 0 ? e.Line : null;

    private static int? Column(ProtoSchemaException e) => e.Line > 0 ? e.Column : null;
}
