using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>
/// Puts a column's latest suggestions next to the stewards' decisions. A decision is never overridden by
/// a scan: the scan only replaces the suggestions, and what changed shows here (an undecided suggestion is
/// pending; a rejected class whose confidence grew by <see cref="ReReviewGrowth"/> or more asks for review).
/// </summary>
internal static class ClassReviews
{
    /// <summary>How much a rejected class's confidence must grow before the rejection is put up for review again.</summary>
    public const double ReReviewGrowth = 0.2;

    public static IReadOnlyList<ClassReview> For(IReadOnlyList<ColumnClass> suggested, IReadOnlyDictionary<string, ClassDecision>? decisions)
    {
        var reviews = new List<ClassReview>();
        foreach (var suggestion in suggested)
        {
            var decision = decisions?.GetValueOrDefault(suggestion.Class);
            reviews.Add(decision is null
                ? Review(ClassStatus.Pending, suggestion, detected: true, "new suggestion", null)
                : decision.Verdict == ClassStatus.Rejected
                    ? Review(ClassStatus.Rejected, suggestion, detected: true, GrewSinceRejection(suggestion, decision), decision)
                    : Review(decision.Verdict, suggestion, detected: true, null, decision));
        }

        foreach (var (name, decision) in decisions ?? new Dictionary<string, ClassDecision>())
        {
            if (suggested.All(s => s.Class != name))
            {
                // Detected no longer (or never): the human decision stands as it was taken.
                var evidence = new ColumnClass(name, decision.ConfidenceAtDecision ?? 1, [$"{decision.Verdict.ToString().ToLowerInvariant()} by {decision.Actor}"]);
                reviews.Add(Review(decision.Verdict, evidence, detected: false, null, decision));
            }
        }

        return [.. reviews.OrderBy(r => r.Class, StringComparer.Ordinal)];
    }

    /// <summary>The classes that count for a column, as search, facets, residency and masking see them.</summary>
    public static IReadOnlyList<ColumnClass> Effective(IReadOnlyList<ClassReview> reviews) =>
        [.. reviews.Where(r => r.Effective).Select(r => new ColumnClass(r.Class, r.Confidence ?? 1, r.Evidence))];

    private static string? GrewSinceRejection(ColumnClass suggestion, ClassDecision rejection) =>
        suggestion.Confidence - (rejection.ConfidenceAtDecision ?? 0) >= ReReviewGrowth - 1e-9
            ? $"confidence grew from {rejection.ConfidenceAtDecision ?? 0:0.###} to {suggestion.Confidence:0.###} since the rejection"
            : null;

    private static ClassReview Review(ClassStatus status, ColumnClass evidence, bool detected, string? reviewReason, ClassDecision? decision) =>
        new(evidence.Class, status, ClassSeverities.Of(evidence.Class), detected, evidence.Confidence, evidence.Evidence,
            status != ClassStatus.Rejected, reviewReason is not null, reviewReason, decision);
}
