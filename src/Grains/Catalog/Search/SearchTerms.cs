namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// The glossary terms a document carries, kept next to it as "id␟name" so the term facet can count by id
/// and show the name without asking the glossary (a rename rewrites every asset carrying the term, and so
/// its document). Term ids are letters and digits (<c>GlossaryEndpoints</c>), never a separator.
/// </summary>
internal static class SearchTerms
{
    private const char Separator = '\u001f';

    /// <summary>Between two terms in SQLite's one text column (PostgreSQL keeps an array).</summary>
    public const char ListSeparator = '\u001e';

    public static string[] Encode(IEnumerable<TermRef> terms) => [.. terms.Select(t => $"{t.Id}{Separator}{t.Name}")];

    public static string Join(IEnumerable<TermRef> terms) => string.Join(ListSeparator, Encode(terms));

    public static string[] Split(string joined) => joined.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries);

    public static TermRef Decode(string value)
    {
        var at = value.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? new TermRef(value, value) : new TermRef(value[..at], value[(at + 1)..]);
    }
}
