namespace DataSpine.Grains.Glossary;

/// <summary>Where a term is in its review: draft → in review → approved → deprecated.</summary>
[GenerateSerializer, Alias("ds.glossary.TermStatus")]
public enum TermStatus
{
    Draft,
    InReview,
    Approved,
    Deprecated,
}

/// <summary>A change to an approved term, waiting for review while the approved revision stays in force.</summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermRevision")]
public sealed record TermRevision(int Revision, TermDefinition Definition, TermStatus Status, string Author, DateTimeOffset At);

/// <summary>One step in a term's history: created, edited, revised, submitted, approved, rejected or deprecated.</summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermHistoryEntry")]
public sealed record TermHistoryEntry(int Revision, string Action, TermStatus Status, string Actor, DateTimeOffset At, TermDefinition Definition, string? Note);
