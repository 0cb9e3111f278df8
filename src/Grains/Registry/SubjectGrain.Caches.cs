using System.Text;
using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

/// <summary>
/// In-memory caches of one activation. Parsing a wide schema and checking it against 100 versions
/// under a transitive level cost tens of milliseconds in the engine, and clients (serializers, CI
/// gates) send the same schema again and again. Both results are pure functions of their keys
/// (schema text; level, candidate and version fingerprints), so they never go stale; the caches are
/// bounded and simply start over when full.
/// </summary>
public sealed partial class SubjectGrain
{
    private const int MaxCachedEntries = 256;

    private readonly Dictionary<string, PreparedSchema> _prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompatibilityResult> _verdicts = new(StringComparer.Ordinal);

    /// <summary>Only schemas without references: a reference to "latest" can change meaning.</summary>
    private static string? PreparedKey(SchemaInput input) =>
        input.References.Count == 0 ? $"{input.SchemaType?.Trim().ToUpperInvariant() ?? SchemaTypes.Avro}\n{input.Schema}" : null;

    private static string VerdictKey(CompatibilityLevel level, PreparedSchema candidate, List<SubjectVersionState> versions)
    {
        var key = new StringBuilder().Append(level).Append('|').Append(candidate.Fingerprint);
        foreach (var version in versions)
        {
            key.Append('|').Append(version.Version).Append(':').Append(version.Fingerprint);
        }

        return key.ToString();
    }

    private static void Remember<T>(Dictionary<string, T> cache, string key, T value)
    {
        if (cache.Count >= MaxCachedEntries)
        {
            cache.Clear();
        }

        cache[key] = value;
    }
}
