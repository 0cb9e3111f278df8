using DataSpine.Hosting.Streams.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace DataSpine.Hosting.Streams;

/// <summary>Adds the configured stream provider under <see cref="StreamSettings.ProviderName"/>; grains see the same streams either way.</summary>
public static class StreamsSetup
{
    /// <summary>
    /// Implicit subscriptions only, under every provider. Explicit ones keep their registry in Orleans'
    /// pub-sub grain, whose state (PubSubPublisherState) DataSpine's JSON grain storage cannot read back:
    /// its reactivation on another silo after a failover failed, and with it the stream.
    /// </summary>
    public const StreamPubSubType PubSub = StreamPubSubType.ImplicitOnly;

    public static ISiloBuilder AddDataSpineStreams(this ISiloBuilder silo, StreamSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.Services.AddSingleton(settings);
        return settings.Provider switch
        {
            StreamProviderKind.Kafka => silo.AddKafkaStreams(StreamSettings.ProviderName, settings.KafkaWithBindings()),
            StreamProviderKind.EventHubs => AddEventHubs(silo, settings),
            _ => silo.AddMemoryStreams(StreamSettings.ProviderName, memory => memory.ConfigureStreamPubSub(PubSub)),
        };
    }

    private static ISiloBuilder AddEventHubs(ISiloBuilder silo, StreamSettings settings)
    {
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, EventHubsStartupCheck>();
        return silo.AddEventHubStreams(StreamSettings.ProviderName, eventHubs =>
        {
            eventHubs.ConfigureEventHub(o => o.Configure(hub => hub.ConfigureEventHubConnection(settings.EventHubs.ConnectionString!, settings.EventHubs.Hub!, settings.EventHubs.ConsumerGroup)));
            eventHubs.UseAzureTableCheckpointer(o => o.Configure(table =>
            {
                table.TableServiceClient = new Azure.Data.Tables.TableServiceClient(settings.EventHubs.CheckpointConnectionString!);
                table.TableName = settings.EventHubs.CheckpointTable;
            }));
            eventHubs.ConfigureStreamPubSub(PubSub);
        });
    }
}
