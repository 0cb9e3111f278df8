
namespace DataSpine.Grains.Lineage.Events;

/// <summary>
/// Appends events to pages of <see cref="PageSize"/>: each append writes one page (at most that many
/// events), and the log itself is written once per filled page, so the cost of an append stays flat.
/// </summary>
internal sealed class LineageEventLogGrain(
    [PersistentState("log")] IPersistentState<LineageEventLogState> log,
    TimeProvider clock) : Grain, ILineageEventLogGrain
{
    public const int PageSize = 64;

    private List<LineageEventEntry> _openPage = [];

    private int OpenPage => log.State.FullPages.Count;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _openPage = [.. await Page(OpenPage).ReadAsync()];
    }

    public async Task<long> AppendAsync(DateTimeOffset eventTime, string json)
    {
        var entry = new LineageEventEntry(((long)OpenPage * PageSize) + _openPage.Count + 1, eventTime, clock.GetUtcNow(), json);
        await Page(OpenPage).AppendAsync(entry);
        _openPage.Add(entry);
        if (_openPage.Count == PageSize)
        {
            log.State.FullPages.Add(new EventPageSummary(OpenPage, PageSize, _openPage.Min(e => e.EventTime), _openPage.Max(e => e.EventTime)));
            await log.WriteStateAsync();
            _openPage = [];
        }

        return entry.Sequence;
    }

    public async Task<LineageEventPage> ListAsync(LineageEventQuery query)
    {
        var order = query.Ascending ? EventOrder.Ascending : EventOrder.Descending;
        var top = new List<LineageEventEntry>(); // the first offset+limit in answer order
        var wanted = query.Offset + query.Limit;
        var total = 0;
        var pages = log.State.FullPages.Select(p => (p.Page, Summary: (EventPageSummary?)p)).Append((OpenPage, null));
        foreach (var (number, summary) in query.Ascending ? pages : pages.Reverse())
        {
            if (summary is not null && !Overlaps(summary, query))
            {
                continue;
            }

            if (summary is not null && Within(summary, query) && top.Count == wanted && !CanEnter(summary, top[^1], query.Ascending))
            {
                total += summary.Count; // every event of the page matches and none would make the page: count without reading
                continue;
            }

            var events = number == OpenPage ? _openPage : await Page(number).ReadAsync();
            var matching = events.Where(e => Matches(e.EventTime, query)).ToList();
            total += matching.Count;
            top.AddRange(matching);
            top.Sort(order);
            if (top.Count > wanted)
            {
                top.RemoveRange(wanted, top.Count - wanted);
            }
        }

        return new LineageEventPage([.. top.Skip(query.Offset)], total);
    }

    private static bool CanEnter(EventPageSummary page, LineageEventEntry last, bool ascending) =>
        ascending ? page.MinEventTime <= last.EventTime : page.MaxEventTime >= last.EventTime;

    private ILineageEventPageGrain Page(int number) =>
        GrainFactory.GetGrain<ILineageEventPageGrain>(number.ToString("D9", System.Globalization.CultureInfo.InvariantCulture));

    private static bool Matches(DateTimeOffset time, LineageEventQuery query) =>
        (query.Before is null || time < query.Before) && (query.After is null || time > query.After);

    private static bool Overlaps(EventPageSummary page, LineageEventQuery query) =>
        (query.Before is null || page.MinEventTime < query.Before) && (query.After is null || page.MaxEventTime > query.After);

    private static bool Within(EventPageSummary page, LineageEventQuery query) =>
        Matches(page.MinEventTime, query) && Matches(page.MaxEventTime, query);

    private sealed class EventOrder(bool ascending) : IComparer<LineageEventEntry>
    {
        public static readonly EventOrder Ascending = new(true);
        public static readonly EventOrder Descending = new(false);

        public int Compare(LineageEventEntry? x, LineageEventEntry? y)
        {
            var byTime = x!.EventTime.CompareTo(y!.EventTime);
            var result = byTime != 0 ? byTime : x.Sequence.CompareTo(y.Sequence);
            return ascending ? result : -result;
        }
    }
}
