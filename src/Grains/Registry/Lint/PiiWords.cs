using System.Text.RegularExpressions;

namespace DataSpine.Grains.Registry.Lint;

/// <summary>
/// Decides whether a field name or doc suggests personal data. Names are split into words
/// (camelCase, snake_case, kebab-case) so that "zip" or "description" do not match "ip", while
/// "ipAddress", "first_name" and "birthDate" do.
/// </summary>
internal static partial class PiiWords
{
    /// <summary>Words that match only whole: short ones that are parts of many harmless words.</summary>
    private static readonly string[] Exact = ["ip", "name", "ssn", "card", "iban"];

    /// <summary>Words that match as prefixes too: "emails", "phoneNumber" → phone, "birthdate".</summary>
    private static readonly string[] Prefixes = ["email", "phone", "address", "birth", "iban", "ssn"];

    public static string? Match(string name, string? doc)
    {
        foreach (var word in Words(name).Concat(doc is null ? [] : Words(doc)))
        {
            if (Exact.Contains(word) || Prefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal)))
            {
                return word;
            }
        }

        return null;
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(CamelBoundary().Replace(text, "$1 $2")).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex WordPattern();
}
