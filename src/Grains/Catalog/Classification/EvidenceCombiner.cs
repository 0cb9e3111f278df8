using System.Globalization;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Turns one detector's name, comment and value signals into a confidence (issues 3 and 20):
/// <list type="bullet">
/// <item>name alone: 0.65 for a strong name (email, date_of_birth), 0.45 for a weak one (mobile, card);</item>
/// <item>name and agreeing values (half or more match): rises towards 0.98 with the match ratio;</item>
/// <item>name and contrary values (half or more are clearly something else): falls below the name-only
///   figure; values the detector merely does not recognise leave the name's figure as it was;</item>
/// <item>values alone: the detector's value weight times the match ratio, only from 60% matches up
///   (20% clearly matching values for detectors that classify mixed columns), damped for tiny samples;
///   when the name names a look-alike (version, sku, zip) only values in an unambiguous format count.</item>
/// </list>
/// </summary>
internal static class EvidenceCombiner
{
    private const double StrongName = 0.65;
    private const double WeakName = 0.45;
    private const double CommentOnly = 0.4;
    private const double AgreeingRatio = 0.5;
    private const double ContraryRatio = 0.5;
    private const double ValueOnlyRatio = 0.6;
    private const double MixedShare = 0.2;

    public static Classification? Combine(
        ColumnDetector detector, ColumnName name, ColumnName table, ColumnName? comment, string[] values, string? lookAlike)
    {
        var nameMatch = detector.MatchName(name, table);

        // A name that describes the value (phone_type, email_count) is no evidence for the class, and,
        // like a look-alike name, leaves only unambiguous values to speak: "Recovery Phone [must be in
        // the E.164 format]" still holds phone numbers.
        if (nameMatch.Strength == NameStrength.Negative)
        {
            lookAlike ??= nameMatch.Detail;
        }

        var evidence = new List<Evidence>(3);
        var prior = 0.0;
        if (nameMatch.Strength is NameStrength.Strong or NameStrength.Weak)
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

        var tally = ValueTally.Count(detector, values, prior, onlySpecific, detector.ClassifiesMixedColumns ? MixedShare : ValueOnlyRatio);
        if (tally is null)
        {
            return 0;
        }

        var (generic, specific, contrary) = tally.Value;
        var n = values.Length;
        var ratio = (double)(generic + specific) / n;
        // A strong name outweighs a distribution: an ip_address column of 10.0.0.x is still addresses.
        var columnReason = generic + specific > 0 && prior < StrongName ? detector.ContradictsAsColumn(values) : null;
        double confidence;
        string verdict;
        if (prior > 0)
        {
            if (columnReason is not null)
            {
                confidence = prior * 0.3;
                verdict = "contradicts the name: " + columnReason;
            }
            else if (ratio >= AgreeingRatio)
            {
                confidence = prior + ((1 - prior) * 0.95 * ratio);
                verdict = "supports the name";
            }
            else if ((double)contrary / n >= ContraryRatio)
            {
                confidence = prior * (0.3 + ratio);
                verdict = string.Create(CultureInfo.InvariantCulture, $"contradicts the name ({contrary} clearly something else)");
            }
            else
            {
                confidence = prior;
                verdict = "the rest not recognised, which is weak evidence: the name decides";
            }
        }
        else
        {
            if (columnReason is not null)
            {
                return 0;
            }

            var damping = n >= 5 ? 1 : 0.5 + (0.1 * n);
            var mixed = detector.ClassifiesMixedColumns && (double)specific / n >= MixedShare
                ? detector.SpecificValueWeight * (0.55 + (0.45 * specific / n)) * damping
                : 0;
            var alone = ratio >= ValueOnlyRatio ? detector.ValueOnlyConfidence(generic, specific, n) * damping : 0;
            if (mixed == 0 && alone == 0)
            {
                return 0;
            }

            confidence = Math.Max(mixed, alone);
            verdict = mixed > alone
                ? "values alone, a mixed column: this class by its share"
                : onlySpecific ? $"values alone, ambiguous ones ignored because of the name ({lookAlike})" : "values alone";
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
