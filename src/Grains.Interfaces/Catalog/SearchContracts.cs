namespace DataSpine.Grains.Catalog;

/// <summary>A search: words to match (prefixes count), filters, and a page.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SearchQuery")]
public sealed record SearchQuery(
    string Text,
    string? Type = null,
    string? Source = null,
    string? Schema = null,
    string? Classification = null,
    int Limit = 20,
    int Offset = 0,
    string? Term = null)
{
    /// <summary>How many of the best matches are ranked, paged and counted (see <see cref="SearchResults.TotalExact"/>).</summary>
    public const int RankedMatches = 1_000;
}

/// <summary>
/// One hit; <see cref="Highlight"/> marks matched words with [[ and ]]. <see cref="Score"/> says why it
/// ranks where it does: 4 exact name, 3 every word in the name, 2 in the qualified name, 1 elsewhere.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SearchHit")]
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

/// <summary>
/// Counts per value of one facet over the matches ranked (not just the page). <see cref="Label"/> is what to
/// show when the value is an id (a glossary term's name for its id).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.FacetCount")]
public sealed record FacetCount(string Value, int Count, string? Label = null);

/// <summary>
/// The page and the counts. Ranking covers the best matches up to a bound; when more matched,
/// <see cref="TotalExact"/> is false and the total and facet counts are lower bounds.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SearchResults")]
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool TotalExact = true);
