using System.Security.Cryptography;
using System.Text;

namespace DataSpine.Registry.Compatibility;

/// <summary>
/// A schema that parsed and validated. <see cref="CanonicalString"/> is insensitive to whitespace
/// and attribute order, so two texts that mean the same schema share it (and so one schema id).
/// </summary>
public abstract class ParsedSchema
{
    protected ParsedSchema(string schemaText, IReadOnlyList<ResolvedReference> references)
    {
        SchemaText = schemaText;
        References = references;
    }

    public abstract string SchemaType { get; }

    public string SchemaText { get; }

    public IReadOnlyList<ResolvedReference> References { get; }

    public abstract string CanonicalString { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="CanonicalString"/>.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalString)));

    public override string ToString() => CanonicalString;
}
