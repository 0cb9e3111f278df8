
namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Total and the three facets, summed over the matches in the search window in one pass.
/// </summary>
internal sealed class SearchFacets
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void Add(string type, string source, IEnumerable<string> classes)
    {
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
    };

    private static List<FacetCount> Ordered(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value))];
}
