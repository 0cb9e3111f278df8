namespace DataSpine.Grains.Catalog;

/// <summary>Where a column's class stands: detected and undecided, or decided by a steward.</summary>
[GenerateSerializer, Alias("ds.catalog.ClassStatus")]
public enum ClassStatus
{
    Pending,
    Accepted,
    Rejected,
    Manual,
}

/// <summary>How much harm a class of data does when it leaks (a fixed table by class, docs/stewardship.md).</summary>
[GenerateSerializer, Alias("ds.catalog.ClassSeverity")]
public enum ClassSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>
/// A steward's decision on one class of one column. <see cref="ConfidenceAtDecision"/> is the detector's
/// confidence when the decision was taken, so a re-scan can tell when the evidence grew since a rejection.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ClassDecision")]
public sealed record ClassDecision(
    ClassStatus Verdict,
    string Actor,
    DateTimeOffset At,
    string? Reason,
    double? ConfidenceAtDecision);

/// <summary>Accept or reject one suggested class of a column (a rejection needs a reason).</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ClassDecisionRequest")]
public sealed record ClassDecisionRequest(
    string Column,
    string Class,
    ClassStatus Verdict,
    string? Reason);

/// <summary>The classes a steward sets on a column by hand; they replace the column's earlier manual classes.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ManualClasses")]
public sealed record ManualClasses(
    string Column,
    IReadOnlyList<string> Classes,
    string? Reason);

/// <summary>
/// One class of a column as a steward reviews it: the detector's latest suggestion (confidence, evidence;
/// <see cref="Detected"/> says whether the last scan suggested it) next to the human decision. <see cref="Effective"/> says whether the class counts (search, facets,
/// residency and masking use effective classes). <see cref="NeedsReview"/> is set for an undecided
/// suggestion and for a rejected class whose confidence grew strongly since the rejection.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ClassReview")]
public sealed record ClassReview(
    string Class,
    ClassStatus Status,
    ClassSeverity Severity,
    bool Detected,
    double? Confidence,
    IReadOnlyList<string> Evidence,
    bool Effective,
    bool NeedsReview,
    string? ReviewReason,
    ClassDecision? Decision);
