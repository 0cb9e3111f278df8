using System.Globalization;
using System.Text;

namespace DataSpine.Grains.Catalog.Search;

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

    /// <summary>The user's words as prefix terms; empty when nothing searchable is left.</summary>
    public static IReadOnlyList<string> Terms(string text) =>
        [.. Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxTerms)];

    /// <summary>
    /// FTS5 query: every word must match, as a prefix (or as a whole word), within the given columns, and
    /// every filter word in the filters column: {name qualified_name} : ("cust"* AND "email"*) AND {filters} : (zft… AND zfs…).
    /// </summary>
    public static string ToFtsQuery(IReadOnlyList<string> terms, string columns, IReadOnlyList<string> filters, bool prefixes = true)
    {
        var words = $"{{{columns}}} : ({string.Join(" AND ", terms.Select(t => prefixes ? $"\"{t}\"*" : $"\"{t}\""))})";
        return filters.Count == 0 ? words : $"{words} AND {{filters}} : ({string.Join(" AND ", filters)})";
    }

    /// <summary>
    /// Marks the words that a term is a prefix of, as [[word]], in text made by <see cref="Words"/>;
    /// accents are ignored as the index ignores them (remove_diacritics).
    /// </summary>
    public static string Highlight(string words, IReadOnlyList<string> terms)
    {
        var plainTerms = terms.Select(WithoutAccents).ToList();
        return string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => plainTerms.Any(t => WithoutAccents(word).StartsWith(t, StringComparison.Ordinal)) ? $"[[{word}]]" : word));
    }

    private static string WithoutAccents(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var letters = text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. letters]).Normalize(NormalizationForm.FormC);
    }
}
