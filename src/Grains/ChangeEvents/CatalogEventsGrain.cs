using Orleans.Concurrency;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>Answers outbox reads on a silo, where its database is (API-only nodes have none).</summary>
[StatelessWorker]
internal sealed class CatalogEventsGrain(ChangeOutbox outbox) : Grain, ICatalogEventsGrain
{
    public Task<CatalogEventPage> ReadAfterAsync(long after, int limit) =>
        outbox.ReadAfterAsync(Math.Max(0, after), Math.Clamp(limit, 1, ICatalogEventsGrain.MaxLimit), CancellationToken.None);

    public Task<long> HeadAsync() => outbox.HeadAsync(CancellationToken.None);
}
