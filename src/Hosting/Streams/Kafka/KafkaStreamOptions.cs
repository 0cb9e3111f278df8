namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>Configuration section "Streams:Kafka" (docs/streams.md).</summary>
public sealed record KafkaStreamOptions
{
    public string? BootstrapServers { get; set; }

    /// <summary>The consumer group whose committed offsets say where each partition resumes.</summary>
    public string ConsumerGroup { get; set; } = "dataspine";

    /// <summary>The topic that carries streams written through Orleans (keyed by stream id).</summary>
    public string StreamTopic { get; set; } = "dataspine.streams";

    /// <summary>The partition count of each topic read, unless its binding says otherwise; it must match the topic.</summary>
    public int Partitions { get; set; } = 4;

    /// <summary>Plain topics whose records (not written by Orleans) are delivered to a stream namespace.</summary>
    public IReadOnlyList<KafkaTopicBinding> Topics { get; set; } = [];

    /// <summary>Records held per partition in Orleans' queue cache; offsets commit as the cache drains.</summary>
    public int CacheSize { get; set; } = 1024;

    /// <summary>How long an event may fail delivery to a grain before Orleans skips it (Orleans' default is 1 minute).</summary>
    public TimeSpan MaxEventDeliveryTime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Extra librdkafka settings for every client (security.protocol, sasl.*, ...).</summary>
    public IReadOnlyDictionary<string, string> Client { get; set; } = new Dictionary<string, string>();
}

/// <summary>A plain topic read into a stream namespace: each partition is one stream, keyed "topic:partition".</summary>
public sealed class KafkaTopicBinding
{
    public string Name { get; set; } = "";

    public string Namespace { get; set; } = "";

    public int? Partitions { get; set; }
}
