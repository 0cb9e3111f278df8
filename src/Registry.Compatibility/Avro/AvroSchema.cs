namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>A parsed Avro schema.</summary>
public sealed class AvroSchema : ParsedSchema
{
    private readonly IReadOnlyCollection<string> _referenceNames;
    private string? _canonical;
    private string? _parsingCanonical;

    internal AvroSchema(string schemaText, IReadOnlyList<ResolvedReference> references, AvroType root, IReadOnlyCollection<string> referenceNames)
        : base(schemaText, references)
    {
        Root = root;
        _referenceNames = referenceNames;
    }

    public override string SchemaType => SchemaTypes.Avro;

    public AvroType Root { get; }

    /// <summary>
    /// Whitespace- and attribute-order-insensitive JSON that keeps doc, defaults, aliases and custom
    /// properties; names get full names and referenced named types appear by name only.
    /// </summary>
    public override string CanonicalString => _canonical ??= AvroWriter.Write(Root, AvroWriter.Form.Normalized, _referenceNames);

    /// <summary>The specification's Parsing Canonical Form.</summary>
    public string ParsingCanonicalForm => _parsingCanonical ??= AvroWriter.Write(Root, AvroWriter.Form.ParsingCanonical);

    /// <summary>The specification's 64-bit Rabin fingerprint (CRC-64-AVRO) of the Parsing Canonical Form.</summary>
    public long RabinFingerprint => AvroFingerprint.Rabin64(ParsingCanonicalForm);
}
