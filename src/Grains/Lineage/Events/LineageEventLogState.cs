namespace DataSpine.Grains.Lineage.Events;

/// <summary>Summaries of the full pages; the open page is the one after the last, read on activation.</summary>
public sealed record LineageEventLogState
{
    public List<EventPageSummary> FullPages { get; set; } = [];
}

/// <summary>What a page holds, so listing skips pages outside a time range and counts without reading them.</summary>
public sealed record EventPageSummary(int Page, int Count, DateTimeOffset MinEventTime, DateTimeOffset MaxEventTime);

public sealed record LineageEventPageState
{
    public List<LineageEventEntry> Events { get; set; } = [];
}
