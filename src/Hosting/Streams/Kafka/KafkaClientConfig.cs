using Confluent.Kafka;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>The librdkafka settings of the provider's producer and consumers.</summary>
public static class KafkaClientConfig
{
    public static ProducerConfig Producer(KafkaStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Acknowledged by every in-sync replica, and no duplicate or reordering on a producer retry.
        return new ProducerConfig(options.Client.ToDictionary())
        {
            BootstrapServers = options.BootstrapServers,
            Acks = Acks.All,
            EnableIdempotence = true,
            LingerMs = 5,
        };
    }

    public static ConsumerConfig Consumer(KafkaStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Offsets are committed by hand, only for records Orleans has delivered.
        return new ConsumerConfig(options.Client.ToDictionary())
        {
            BootstrapServers = options.BootstrapServers,
            GroupId = options.ConsumerGroup,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
    }
}
