using Orleans.Concurrency;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// One catalog change event as the outbox holds it: <see cref="Sequence"/> orders every event of the catalog
/// (commit order), <see cref="Json"/> is the CloudEvents 1.0 structured envelope exactly as Kafka carries it
/// (docs/events.md).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.events.CatalogEventRecord")]
public sealed record CatalogEventRecord(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string Id,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Type,
    [property: Id(4)] string Json);

/// <summary>Events after a sequence, oldest first; <see cref="Last"/> is the sequence to ask after next (the request's own when none).</summary>
[GenerateSerializer, Immutable, Alias("ds.events.CatalogEventPage")]
public sealed record CatalogEventPage([property: Id(0)] IReadOnlyList<CatalogEventRecord> Items, [property: Id(1)] long Last);

/// <summary>Reads the catalog's change-event outbox on a silo, where its database is (API-only nodes have none).</summary>
[Alias("ds.events.ICatalogEventsGrain")]
public interface ICatalogEventsGrain : IGrainWithIntegerKey
{
    const int MaxLimit = 1_000;

    [ReadOnly]
    Task<CatalogEventPage> ReadAfterAsync(long after, int limit);

    /// <summary>The newest event's sequence (0 when there is none).</summary>
    [ReadOnly]
    Task<long> HeadAsync();
}
