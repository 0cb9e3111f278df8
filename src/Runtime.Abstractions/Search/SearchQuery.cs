namespace DataSpine.Runtime.Search;

/// <summary>A search: words to match (prefixes count), filters, and a page.</summary>
public sealed record SearchQuery(
    string Text,
    string? Type = null,
    string? Source = null,
    string? Schema = null,
    string? Classification = null,
    int Limit = 20,
    int Offset = 0);

/// <summary>One hit; <see cref="Highlight"/> marks matched words with [[ and ]].</summary>
public sealed record SearchHit(
    string Id,
    string Name,
    string QualifiedName,
    string Type,
    string Source,
    string? Schema,
    IReadOnlyList<string> Classifications,
    string Highlight,
    double Score);

/// <summary>Counts per value of one facet over all matches (not just the page).</summary>
public sealed record FacetCount(string Value, int Count);

public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

/// <summary>The storage engine's own full-text index (SQLite FTS5, PostgreSQL tsvector).</summary>
public interface ISearchIndex
{
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
