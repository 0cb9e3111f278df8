using System.Security.Cryptography;
using System.Text;
using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

/// <summary>A submitted schema after reference resolution and parsing, with the fingerprint that decides its id.</summary>
internal sealed record PreparedSchema(
    ParsedSchema Parsed,
    ISchemaFormat Format,
    IReadOnlyList<SchemaReference> References,
    IReadOnlyList<ResolvedSchemaReference> Resolved,
    string Fingerprint)
{
    public string SchemaType => Format.SchemaType;

    /// <summary>Parses a schema whose references are already resolved; the error is Confluent's 42201.</summary>
    public static RegistryResult<PreparedSchema> Parse(
        string? schemaType, string schema, IReadOnlyList<SchemaReference> references, IReadOnlyList<ResolvedSchemaReference> resolved)
    {
        if (!SchemaFormats.TryGet(schemaType, out var format))
        {
            return RegistryResult.Fail<PreparedSchema>(RegistryErrorCodes.InvalidSchema, $"Invalid schema type {schemaType}");
        }

        var result = format.Parse(schema, resolved.Select(r => new ResolvedReference(r.Name, r.Subject, r.Version, r.SchemaText)).ToList());
        if (!result.IsSuccess)
        {
            return RegistryResult.Fail<PreparedSchema>(RegistryErrorCodes.InvalidSchema, $"Invalid schema: {result.Error}");
        }

        return RegistryResult.Ok<PreparedSchema>(
            new PreparedSchema(result.Schema, format, references, resolved, ComputeFingerprint(format.SchemaType, result.Schema.CanonicalString, references)));
    }

    /// <summary>SHA-256 over type, canonical form and references: equal schemas get one id, whatever their whitespace.</summary>
    private static string ComputeFingerprint(string schemaType, string canonical, IReadOnlyList<SchemaReference> references)
    {
        var text = new StringBuilder(schemaType).Append('\n').Append(canonical);
        foreach (var reference in references)
        {
            text.Append('\n').Append(reference.Name).Append('|').Append(reference.Subject).Append('|').Append(reference.Version);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
