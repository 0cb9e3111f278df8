using Orleans.Streams;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>One Orleans queue: one partition of one topic. A null namespace marks the topic Orleans writes itself.</summary>
public sealed record KafkaPartitionQueue(QueueId Id, string Topic, int Partition, string? Namespace)
{
    public bool IsPlain => Namespace is not null;

    /// <summary>The key of the stream a plain topic's partition is delivered on.</summary>
    public string StreamKey => $"{Topic}:{Partition}";
}
