using System.Globalization;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Turns one detector's name, comment and value signals into a confidence (issue 3, "Classification"):
/// <list type="bullet">
/// <item>name alone: 0.65 for a strong name (email, date_of_birth), 0.45 for a weak one (mobile, card);</item>
/// <item>name and agreeing values (half or more match): rises towards 0.98 with the match ratio;</item>
/// <item>name and contradicting values (under half match): falls below the name-only figure;</item>
/// <item>values alone: the detector's value weight times the match ratio, only from 60% matches up,
///   damped for tiny samples; when the name names a look-alike (version, sku, zip) only values in an
///   unambiguous format count.</item>
/// </list>
/// </summary>
internal static class EvidenceCombiner
{
    private const double StrongName = 0.65;
    private const double WeakName = 0.45;
    private const double CommentOnly = 0.4;
    private const double AgreeingRatio = 0.5;
    private const double ValueOnlyRatio = 0.6;

    public static Classification? Combine(
        ColumnDetector detector, ColumnName name, ColumnName table, ColumnName? comment, string[] values, string? lookAlike)
    {
        var nameMatch = detector.MatchName(name, table);
        if (nameMatch.Strength == NameStrength.Negative)
        {
            return null;
        }

        var evidence = new List<Evidence>(3);
        var prior = 0.0;
        if (nameMatch.Strength != NameStrength.None)
        {
            var strong = nameMatch.Strength == NameStrength.Strong;
            prior = strong ? StrongName : WeakName;
            evidence.Add(new Evidence(detector.RuleId + ".name", "name", strong ? 1 : 0.5, nameMatch.Detail));
        }
        else if (comment is { IsEmpty: false })
        {
            var commentMatch = detector.MatchName(comment, table);
            if (commentMatch.Strength >= NameStrength.Weak)
            {
                prior = CommentOnly;
                evidence.Add(new Evidence(detector.RuleId + ".comment", "comment", 0.5, "comment " + commentMatch.Detail));
            }
        }

        var confidence = values.Length == 0
            ? prior
            : WithValues(detector, values, prior, lookAlike, evidence);

        return confidence <= 0 ? null : new Classification(detector.Class, Math.Round(confidence, 3), evidence);
    }

    private static double WithValues(
        ColumnDetector detector, string[] values, double prior, string? lookAlike, List<Evidence> evidence)
    {
        // A look-alike name (version, zip, sku) explains ambiguous values, so only unambiguous ones count:
        // "1.2.3.4" in a version column is a version, "user@example.com" in created_by is still an email.
        var onlySpecific = prior == 0 && lookAlike is not null;
        if (prior == 0 && detector.SpecificValueWeight == 0 && detector.GenericValueWeight == 0)
        {
            return 0;
        }

        // Without a name, stop as soon as the value-only ratio is out of reach, or after 16 misses in a
        // row from the start (with 60% matching values in random order that happens with p < 1e-6):
        // this is the common case (most detectors, most columns) and what keeps a scan fast.
        var n = values.Length;
        var allowedMisses = prior == 0 ? n - (int)Math.Ceiling(ValueOnlyRatio * n) : n;
        int generic = 0, specific = 0, misses = 0;
        foreach (var value in values)
        {
            switch (detector.MatchValue(value))
            {
                case ValueMatch.Specific:
                    specific++;
                    break;
                case ValueMatch.Generic when !onlySpecific:
                    generic++;
                    break;
                default:
                    if (++misses > allowedMisses || (prior == 0 && misses == 16 && generic + specific == 0))
                    {
                        return 0;
                    }

                    break;
            }
        }

        var ratio = (double)(generic + specific) / n;
        double confidence;
        string verdict;
        if (prior > 0)
        {
            var agrees = ratio >= AgreeingRatio;
            confidence = agrees ? prior + ((1 - prior) * 0.95 * ratio) : prior * (0.3 + ratio);
            verdict = agrees ? "supports the name" : "contradicts the name";
        }
        else
        {
            if (ratio < ValueOnlyRatio)
            {
                return 0;
            }

            var damping = n >= 5 ? 1 : 0.5 + (0.1 * n);
            confidence = ((specific * detector.SpecificValueWeight) + (generic * detector.GenericValueWeight)) / n * damping;
            verdict = onlySpecific ? $"values alone, ambiguous ones ignored because of name token '{lookAlike}'" : "values alone";
        }

        if (confidence > 0)
        {
            evidence.Add(new Evidence(
                detector.RuleId + ".value",
                "value",
                Math.Round(ratio, 3),
                string.Create(CultureInfo.InvariantCulture,
                    $"{generic + specific} of {n} sampled values are {detector.ValueNoun} ({specific} in an unambiguous format); {verdict}")));
        }

        return confidence;
    }
}
