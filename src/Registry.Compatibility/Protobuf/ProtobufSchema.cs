namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>A parsed .proto schema with the types of its references.</summary>
public sealed class ProtobufSchema : ParsedSchema
{
    private string? _canonical;

    internal ProtobufSchema(string schemaText, IReadOnlyList<ResolvedReference> references, ProtoFile file, ProtoSymbols symbols)
        : base(schemaText, references)
    {
        File = file;
        Symbols = symbols;
    }

    public override string SchemaType => SchemaTypes.Protobuf;

    public ProtoFile File { get; }

    public ProtoSymbols Symbols { get; }

    /// <summary>Normalized .proto text (see the printer's rules).</summary>
    public override string CanonicalString => _canonical ??= ProtoPrinter.Print(File);
}
