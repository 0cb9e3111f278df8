using System.Security.Cryptography;
using System.Text;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Filter values as index words (type, source, schema, classification, glossary term), so a filtered search is one
/// index intersection instead of a row lookup per match. Values are hashed into plain letters and digits
/// that no typed word collides with by accident; type and classification compare case-insensitively.
/// </summary>
internal static class SearchFilters
{
    public static string Words(SearchDocument document) => string.Join(' ',
        new[] { Word('t', document.Type.ToLowerInvariant()), Word('s', document.Source) }
            .Concat(document.Schema is null ? [] : [Word('d', document.Schema)])
            .Concat(document.Classifications.Select(c => Word('c', c.ToLowerInvariant())))
            .Concat(document.AssignedTerms.Select(t => Word('g', t.Id))));

    public static IReadOnlyList<string> Words(SearchQuery query) =>
    [
        .. query.Type is null ? [] : new[] { Word('t', query.Type.ToLowerInvariant()) },
        .. query.Source is null ? [] : new[] { Word('s', query.Source) },
        .. query.Schema is null ? [] : new[] { Word('d', query.Schema) },
        .. query.Classification is null ? [] : new[] { Word('c', query.Classification.ToLowerInvariant()) },
        .. query.Term is null ? [] : new[] { Word('g', query.Term) },
    ];

    private static string Word(char kind, string value) =>
        $"zf{kind}{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 12))}";
}
