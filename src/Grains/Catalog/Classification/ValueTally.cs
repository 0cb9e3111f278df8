namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Counts how a column's sampled values match one detector, stopping early when nothing can come of it.</summary>
internal static class ValueTally
{
    /// <summary>(generic, specific, contrary) counts, or null when a value-only match is out of reach.</summary>
    public static (int Generic, int Specific, int Contrary)? Count(
        ColumnDetector detector, string[] values, double prior, bool onlySpecific, double valueOnlyRatio)
    {
        // Without a name, stop as soon as the value-only ratio is out of reach, or after a run of misses
        // from the start long enough that a column at that ratio in random order almost never shows it:
        // this is the common case (most detectors, most columns) and what keeps a scan fast.
        var n = values.Length;
        var allowedMisses = prior == 0 ? n - (int)Math.Ceiling(valueOnlyRatio * n) : n;
        var missRun = Math.Max(16, (int)Math.Ceiling(Math.Log(1e-3) / Math.Log(1 - valueOnlyRatio)));
        int generic = 0, specific = 0, misses = 0, contrary = 0;
        foreach (var value in values)
        {
            switch (detector.MatchValue(value))
            {
                case ValueMatch.Specific when !onlySpecific || detector.HoldsUnderLookAlikeName(value):
                    specific++;
                    break;
                case ValueMatch.Generic when !onlySpecific:
                    generic++;
                    break;
                default:
                    if (++misses > allowedMisses || (prior == 0 && misses == missRun && generic + specific == 0))
                    {
                        return null;
                    }

                    if (prior > 0 && detector.Contradicts(value))
                    {
                        contrary++;
                    }

                    break;
            }
        }

        return (generic, specific, contrary);
    }
}
