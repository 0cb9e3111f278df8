using System.Text;

namespace DataSpine.Runtime.Storage;

/// <summary>Turns identifiers into words (customer_email → customer email) and user text into safe queries.</summary>
internal static class SearchText
{
    private const int MaxTerms = 12;

    /// <summary>Splits snake_case, dotted and camelCase names into lower-case words.</summary>
    public static string Words(string text)
    {
        var words = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (char.IsUpper(c) && i > 0 && char.IsLower(text[i - 1]))
                {
                    words.Append(' ');
                }

                words.Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(' ');
            }
        }

        return words.ToString();
    }

    /// <summary>The user's words as prefix terms; null when nothing searchable is left.</summary>
    public static IReadOnlyList<string> Terms(string text) =>
        [.. Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxTerms)];

    /// <summary>FTS5 query: every word must match, as a prefix: "cust"* AND "email"*.</summary>
    public static string? ToFtsQuery(string text)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null : string.Join(" AND ", terms.Select(t => $"\"{t}\"*"));
    }
}
