namespace DataSpine.Hosting.Streams;

/// <summary>
/// A record of a plain topic, written by anyone (an OpenLineage emitter writing raw JSON, ...), as the grains
/// subscribed to its namespace receive it. Offset is the record's place in its partition (-1 when the
/// stream has no offsets, as with memory streams).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.streams.StreamRecord")]
public sealed record StreamRecord(
    [property: Id(0)] string Topic,
    [property: Id(1)] int Partition,
    [property: Id(2)] long Offset,
    [property: Id(3)] string? Key,
    [property: Id(4)] byte[] Value,
    [property: Id(5)] DateTimeOffset Timestamp);
