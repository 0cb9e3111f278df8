using Orleans.Concurrency;


namespace DataSpine.Grains.Lineage.Events;

/// <summary>A page of the event log (key: page number); only the log grain writes to it.</summary>
public interface ILineageEventPageGrain : IGrainWithStringKey
{
    Task AppendAsync(LineageEventEntry entry);

    [ReadOnly]
    Task<IReadOnlyList<LineageEventEntry>> ReadAsync();
}

internal sealed class LineageEventPageGrain([PersistentState("events")] IPersistentState<LineageEventPageState> page) : Grain, ILineageEventPageGrain
{
    public async Task AppendAsync(LineageEventEntry entry)
    {
        if (page.State.Events.Any(e => e.Sequence == entry.Sequence))
        {
            return;
        }

        page.State.Events.Add(entry);
        await page.WriteStateAsync();
    }

    public Task<IReadOnlyList<LineageEventEntry>> ReadAsync() => Task.FromResult<IReadOnlyList<LineageEventEntry>>(page.State.Events);
}
