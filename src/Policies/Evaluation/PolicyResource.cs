using DataSpine.Policies.Language;

namespace DataSpine.Policies.Evaluation;

/// <summary>
/// The attributes of what an action touches (type, source, schema, classifications, tags, ...), each a set
/// of strings. Names are the ones after <c>resource.</c> in a condition; plural spellings are accepted.
/// </summary>
public sealed class PolicyResource
{
    public static readonly PolicyResource None = new(new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase));

    private readonly Dictionary<string, string[]> _attributes;

    private PolicyResource(Dictionary<string, string[]> attributes) => _attributes = attributes;

    public string? Type => _attributes.TryGetValue("type", out var types) && types.Length > 0 ? types[0] : null;

    public static PolicyResource From(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in attributes)
        {
            var key = PolicyAttributes.Plurals.TryGetValue(name, out var singular) ? singular : name;
            map[key] = map.TryGetValue(key, out var existing) ? [.. existing, .. values] : [.. values];
        }

        return new PolicyResource(map);
    }

    public static PolicyResource Of(params (string Name, string Value)[] attributes) =>
        From(attributes.GroupBy(a => a.Name).Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<string>)g.Select(a => a.Value).ToArray())));

    internal IReadOnlyList<string> Get(string name) => _attributes.TryGetValue(name, out var values) ? values : [];
}
