
namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Total and the four facets (type, source, classification, glossary term), summed over the matches in the search window in one pass.
/// </summary>
internal sealed class SearchFacets
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _termNames = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void Add(string type, string source, IEnumerable<string> classes, IEnumerable<string> terms)
    {
        foreach (var term in terms.Select(SearchTerms.Decode))
        {
            _terms[term.Id] = _terms.GetValueOrDefault(term.Id) + 1;
            _termNames[term.Id] = term.Name;
        }

        Total++;
        _types[type] = _types.GetValueOrDefault(type) + 1;
        _sources[source] = _sources.GetValueOrDefault(source) + 1;
        foreach (var value in classes)
        {
            _classes[value] = _classes.GetValueOrDefault(value) + 1;
        }
    }

    public Dictionary<string, IReadOnlyList<FacetCount>> ToFacets() => new()
    {
        ["type"] = Ordered(_types),
        ["source"] = Ordered(_sources),
        ["classification"] = Ordered(_classes),
        ["term"] = [.. Ordered(_terms).Select(c => c with { Label = _termNames[c.Value] })],
    };

    private static List<FacetCount> Ordered(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value))];
}
