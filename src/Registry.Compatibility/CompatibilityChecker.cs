namespace DataSpine.Registry.Compatibility;

/// <summary>
/// Applies a compatibility level to a new schema and the existing versions of a subject, as
/// Confluent's registry does: BACKWARD means the new schema reads data written with the latest
/// version (transitive: every version); FORWARD means those versions read data written with the new
/// schema; FULL is both. Versions are checked newest first and the first failing one is reported.
/// </summary>
public sealed class CompatibilityChecker
{
    private readonly ISchemaFormat _format;

    public CompatibilityChecker(ISchemaFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        _format = format;
    }

    /// <summary>Checks against versions numbered 1, 2, ... in the order given (oldest first).</summary>
    public CompatibilityResult Check(CompatibilityLevel level, ParsedSchema candidate, IReadOnlyList<ParsedSchema> existingOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(existingOldestFirst);
        return Check(level, candidate, existingOldestFirst.Select((s, i) => new VersionedSchema(i + 1, s)).ToList());
    }

    public CompatibilityResult Check(CompatibilityLevel level, ParsedSchema candidate, IReadOnlyList<VersionedSchema> existingOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(existingOldestFirst);
        if (level == CompatibilityLevel.None || existingOldestFirst.Count == 0)
        {
            return CompatibilityResult.Compatible;
        }

        var first = level.IsTransitive() ? 0 : existingOldestFirst.Count - 1;
        for (var i = existingOldestFirst.Count - 1; i >= first; i--)
        {
            var (version, existing) = existingOldestFirst[i];
            var compatible = true;
            var messages = new List<string>();
            if (level.ChecksBackward())
            {
                var result = _format.Check(candidate, existing);
                compatible &= result.IsCompatible;
                messages.AddRange(result.Messages);
            }

            if (level.ChecksForward())
            {
                var result = _format.Check(existing, candidate);
                compatible &= result.IsCompatible;
                messages.AddRange(result.Messages);
            }

            if (!compatible)
            {
                messages.Add($"{{oldSchemaVersion: {version}}}");
                messages.Add($"{{oldSchema: '{existing.CanonicalString}'}}");
                messages.Add($"{{compatibility: '{level.ToWireName()}'}}");
                return CompatibilityResult.Incompatible(messages);
            }
        }

        return CompatibilityResult.Compatible;
    }
}
