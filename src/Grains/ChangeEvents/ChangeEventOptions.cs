namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// <c>Events:*</c> settings. Publishing to Kafka is off while <see cref="KafkaOptions.BootstrapServers"/> is empty; the outbox
/// is written either way (the API's pages and server-sent events read it).
/// </summary>
public sealed class ChangeEventOptions
{
    public KafkaOptions Kafka { get; set; } = new();

    /// <summary>How long events stay in the outbox once published (or, with no publisher, once written).</summary>
    public double RetainHours { get; set; } = 168;

    /// <summary>How often the publisher looks for new events while idle.</summary>
    public int PollMilliseconds { get; set; } = 250;

    /// <summary>Events produced per round before their acknowledgements are awaited and recorded.</summary>
    public int BatchSize { get; set; } = 500;

    public sealed class KafkaOptions
    {
        public string? BootstrapServers { get; set; }

        public string Topic { get; set; } = "dataspine.catalog.events";

        /// <summary>How long librdkafka retries a message before giving it back; it then stays in the outbox for the next round.</summary>
        public int MessageTimeoutMs { get; set; } = 300_000;

        /// <summary>Further librdkafka producer properties (security.protocol, sasl.*, ...), passed as they are.</summary>
        public Dictionary<string, string> Properties { get; set; } = [];
    }
}
