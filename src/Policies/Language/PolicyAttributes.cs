namespace DataSpine.Policies.Language;

/// <summary>
/// The attributes a condition can test. Principal attributes come from the caller's key or token;
/// resource attributes from the catalog entry the action touches. Every attribute is a set of strings
/// (a column has several classifications, an asset several tags) compared without regard to case.
/// </summary>
public static class PolicyAttributes
{
    public const string PrincipalPrefix = "principal.";
    public const string ResourcePrefix = "resource.";
    public const string ClaimsPrefix = "principal.claims.";

    public static readonly IReadOnlyList<string> Principal = ["principal.role", "principal.key", "principal.subject"];

    public static readonly IReadOnlyList<string> Resource =
    [
        "resource.type", "resource.id", "resource.source", "resource.schema", "resource.assetType",
        "resource.classification", "resource.category", "resource.glossaryTerm", "resource.owner",
        "resource.domain", "resource.tag", "resource.region", "resource.subject",
    ];

    /// <summary>Plural spellings a resource document may use; a condition always names the singular.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Plurals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["classifications"] = "classification",
        ["categories"] = "category",
        ["glossaryTerms"] = "glossaryTerm",
        ["owners"] = "owner",
        ["tags"] = "tag",
    };

    internal static bool IsKnown(string attribute) =>
        attribute.StartsWith(ClaimsPrefix, StringComparison.Ordinal) && attribute.Length > ClaimsPrefix.Length
        || Principal.Contains(attribute) || Resource.Contains(attribute);
}
