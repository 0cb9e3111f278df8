using DataSpine.Hosting.Streams.Kafka;
using Microsoft.Extensions.Configuration;

namespace DataSpine.Hosting.Streams;

public enum StreamProviderKind
{
    /// <summary>Orleans' memory streams: embedded mode, nothing outside the process.</summary>
    Memory,

    /// <summary>DataSpine's own persistent stream provider over Kafka (src/Hosting/Streams/Kafka).</summary>
    Kafka,

    /// <summary>Orleans' Azure Event Hubs provider.</summary>
    EventHubs,
}

/// <summary>Configuration section "Streams": which Orleans stream provider carries the node's streams.</summary>
public sealed class StreamSettings
{
    /// <summary>The one stream provider name grains use, whichever provider is configured.</summary>
    public const string ProviderName = "Streams";

    public StreamProviderKind Provider { get; set; } = StreamProviderKind.Memory;

    public KafkaStreamOptions Kafka { get; set; } = new();

    public OpenLineageStreamSettings OpenLineage { get; set; } = new();

    public EventHubStreamSettings EventHubs { get; set; } = new();
    public MetadataProposalStreamSettings MetadataProposals { get; set; } = new();

    public static StreamSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection("Streams").Get<StreamSettings>() ?? new StreamSettings();
        if (settings.Provider == StreamProviderKind.Kafka && string.IsNullOrWhiteSpace(settings.Kafka.BootstrapServers))
        {
            throw new InvalidOperationException("Streams:Provider=Kafka needs Streams:Kafka:BootstrapServers.");
        }

        if (settings.Provider == StreamProviderKind.EventHubs && settings.EventHubs.Missing() is { } missing)
        {
            throw new InvalidOperationException($"Streams:Provider=EventHubs needs {missing}.");
        }

        return settings;
    }

    /// <summary>The Kafka provider's options with the OpenLineage and metadata proposal topics bound to their namespaces.</summary>
    public KafkaStreamOptions KafkaWithBindings()
    {
        var topics = Kafka.Topics.ToList();
        foreach (var (plain, streamNamespace) in new (PlainTopicSettings, string)[]
        {
            (OpenLineage, StreamNamespaces.OpenLineage),
            (MetadataProposals, StreamNamespaces.MetadataProposals),
        })
        {
            if (plain.Enabled && topics.All(t => t.Name != plain.Topic))
            {
                topics.Add(new KafkaTopicBinding { Name = plain.Topic, Namespace = streamNamespace, Partitions = plain.Partitions });
            }
        }

        return Kafka with { Topics = topics };
    }
}

/// <summary>A plain topic (written by other tools) read into a namespace, with a dead-letter topic for the records refused.</summary>
public abstract class PlainTopicSettings(string topic, string deadLetterTopic)
{
    public bool Enabled { get; set; } = true;

    public string Topic { get; set; } = topic;

    /// <summary>Where refused records go, with their reasons (docs/streams.md).</summary>
    public string DeadLetterTopic { get; set; } = deadLetterTopic;

    /// <summary>The topic's partition count; defaults to Streams:Kafka:Partitions.</summary>
    public int? Partitions { get; set; }
}

/// <summary>
/// Configuration section "Streams:EventHubs": Orleans' Azure Event Hubs provider for the node's own streams, its
/// checkpoints in Azure Table storage. Topic bindings (OpenLineage, proposals) read Kafka topics and need the Kafka provider.
/// </summary>
public sealed class EventHubStreamSettings
{
    /// <summary>The Event Hubs namespace's connection string ("Endpoint=sb://NAMESPACE.servicebus.windows.net/;SharedAccessKeyName=...;SharedAccessKey=...").</summary>
    public string? ConnectionString { get; set; }

    public string? Hub { get; set; }

    public string ConsumerGroup { get; set; } = "$Default";

    /// <summary>The Azure Storage connection string of the checkpoint table.</summary>
    public string? CheckpointConnectionString { get; set; }

    public string CheckpointTable { get; set; } = "dataspinestreamcheckpoints";

    /// <summary>The namespace's host, for messages that must say which namespace could not be reached.</summary>
    public string Namespace =>
        ConnectionString?.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("Endpoint=", StringComparison.OrdinalIgnoreCase)) is { } endpoint
        && Uri.TryCreate(endpoint["Endpoint=".Length..], UriKind.Absolute, out var uri) ? uri.Host : "(no Endpoint in the connection string)";

    internal string? Missing() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "Streams:EventHubs:ConnectionString"
        : string.IsNullOrWhiteSpace(Hub) ? "Streams:EventHubs:Hub"
        : string.IsNullOrWhiteSpace(CheckpointConnectionString) ? "Streams:EventHubs:CheckpointConnectionString"
        : null;
}

/// <summary>Configuration section "Streams:OpenLineage": OpenLineage events read from a Kafka topic (OpenLineage's Kafka transport).</summary>
public sealed class OpenLineageStreamSettings() : PlainTopicSettings("openlineage", "openlineage.dlq");

/// <summary>Configuration section "Streams:MetadataProposals": metadata change proposals other tools write to the catalog (docs/streams.md).</summary>
public sealed class MetadataProposalStreamSettings() : PlainTopicSettings("dataspine.metadata.proposals", "dataspine.metadata.proposals.dlq");
