using DataSpine.Grains.Catalog.Search;

namespace DataSpine.Grains.Glossary;

public sealed record GlossaryTermState : IIndexedState
{
    private const int MaxHistory = 500;

    /// <summary>The revision in force (or the draft, before the first approval).</summary>
    public TermDefinition? Definition { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public SortedSet<string> UsedBy { get; set; } = [];

    /// <summary>Terms stored before the review workflow existed were in use already: they count as approved.</summary>
    public TermStatus Status { get; set; } = TermStatus.Approved;

    public int Revision { get; set; } = 1;

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>A change to the approved term, in review.</summary>
    public TermRevision? Pending { get; set; }

    public List<TermHistoryEntry> History { get; set; } = [];

    /// <summary>A term is found by search like an asset, under type GlossaryTerm.</summary>
    public SearchDocument? ToSearchDocument() => Definition is not { } d
        ? null
        : new SearchDocument(d.Name, d.Name, "GlossaryTerm", "glossary", null, [], d.Definition, [], [d.Name, .. d.Synonyms], []);

    public void Record(string action, int revision, TermStatus status, string actor, DateTimeOffset at, TermDefinition definition, string? note)
    {
        History.Add(new TermHistoryEntry(revision, action, status, actor, at, definition, note));
        if (History.Count > MaxHistory)
        {
            History.RemoveAt(0);
        }
    }
}
