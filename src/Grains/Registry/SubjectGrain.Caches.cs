using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

/// <summary>
/// In-memory caches of one activation. Parsing a wide schema and checking it against 100 versions
/// under a transitive level are the costly steps, and clients (serializers, CI gates) send the same
/// schema again and again. Both results are pure functions of what they were computed from (schema
/// text; level, candidate and the versions' numbers and fingerprints), so they never go stale; the
/// caches are bounded and simply start over when full.
/// </summary>
public sealed partial class SubjectGrain
{
    private const int MaxCachedEntries = 256;

    private readonly Dictionary<string, PreparedSchema> _prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<VerdictKey, Verdict> _verdicts = [];

    /// <summary>Only schemas without references: a reference to "latest" can change meaning.</summary>
    private static string? PreparedKey(SchemaInput input) =>
        input.References.Count == 0 ? $"{input.SchemaType?.Trim().ToUpperInvariant() ?? SchemaTypes.Avro}\n{input.Schema}" : null;

    /// <summary>A verdict from the cache when it was reached against exactly these versions.</summary>
    private bool TryGetVerdict(VerdictKey key, List<SubjectVersionState> versions, out CompatibilityResult result)
    {
        result = CompatibilityResult.Compatible;
        if (!_verdicts.TryGetValue(key, out var verdict) || verdict.Versions.Length != versions.Count)
        {
            return false;
        }

        // Fingerprints are compared as strings; they are usually the very same instances.
        for (var i = 0; i < versions.Count; i++)
        {
            if (verdict.Versions[i].Version != versions[i].Version
                || !string.Equals(verdict.Versions[i].Fingerprint, versions[i].Fingerprint, StringComparison.Ordinal))
            {
                return false;
            }
        }

        result = verdict.Result;
        return true;
    }

    private void RememberVerdict(VerdictKey key, List<SubjectVersionState> versions, CompatibilityResult result) =>
        Remember(_verdicts, key, new Verdict([.. versions.Select(v => (v.Version, v.Fingerprint))], result));

    private static void Remember<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        if (cache.Count >= MaxCachedEntries)
        {
            cache.Clear();
        }

        cache[key] = value;
    }

    /// <summary>
    /// Finds a verdict without hashing every version's fingerprint on each check (the key was a
    /// 7 KB string for 100 versions); <see cref="TryGetVerdict"/> then compares the versions one by one.
    /// </summary>
    private readonly record struct VerdictKey(CompatibilityLevel Level, string Candidate, int Count, int LastVersion)
    {
        public static VerdictKey Of(CompatibilityLevel level, PreparedSchema candidate, List<SubjectVersionState> versions) =>
            new(level, candidate.Fingerprint, versions.Count, versions.Count == 0 ? 0 : versions[^1].Version);
    }

    private sealed record Verdict((int Version, string Fingerprint)[] Versions, CompatibilityResult Result);
}
