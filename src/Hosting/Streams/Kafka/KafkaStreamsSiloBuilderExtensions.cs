namespace DataSpine.Hosting.Streams.Kafka;

public static class KafkaStreamsSiloBuilderExtensions
{
    /// <summary>
    /// Adds a persistent stream provider over Kafka. Orleans' consistent-ring queue balancer spreads the
    /// partitions over the silos of whatever membership is in use and moves a dead silo's share.
    /// Subscriptions are implicit only (see <see cref="Streams.StreamsSetup.PubSub"/>).
    /// </summary>
    public static ISiloBuilder AddKafkaStreams(this ISiloBuilder silo, string name, KafkaStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return silo.AddPersistentStreams(name, (services, n) => KafkaQueueAdapterFactory.Create(services, n, options), stream =>
        {
            stream.ConfigureStreamPubSub(StreamsSetup.PubSub);
            stream.UseConsistentRingQueueBalancer();
            stream.ConfigurePullingAgent(o => o.Configure(a => a.MaxEventDeliveryTime = options.MaxEventDeliveryTime));
        });
    }
}
