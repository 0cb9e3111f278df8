using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Picks the values worth inspecting: trimmed, non-empty, and not a placeholder for "missing".</summary>
internal static class SampledValues
{
    private static readonly FrozenSet<string> Placeholders = FrozenSet.ToFrozenSet(
        ["null", "NULL", "Null", "n/a", "N/A", "NA", "na", "none", "None", "NONE", "-", "--", "?", "unknown", "Unknown", "UNKNOWN"],
        StringComparer.Ordinal);

    public static string[] Collect(IReadOnlyList<string?>? values, int max)
    {
        if (values is null || values.Count == 0 || max <= 0)
        {
            return [];
        }

        var take = Math.Min(values.Count, max);
        var kept = new List<string>(take);
        for (var i = 0; i < take; i++)
        {
            var v = values[i]?.Trim();
            if (!string.IsNullOrEmpty(v) && !Placeholders.Contains(v))
            {
                kept.Add(v);
            }
        }

        return [.. kept];
    }
}
