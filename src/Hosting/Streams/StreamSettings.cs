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

    /// <summary>The Kafka provider's options with the OpenLineage topic bound to its namespace.</summary>
    public KafkaStreamOptions KafkaWithBindings()
    {
        var topics = Kafka.Topics.ToList();
        if (OpenLineage.Enabled && topics.All(t => t.Name != OpenLineage.Topic))
        {
            topics.Add(new KafkaTopicBinding { Name = OpenLineage.Topic, Namespace = StreamNamespaces.OpenLineage, Partitions = OpenLineage.Partitions });
        }

        return Kafka with { Topics = topics };
    }
}

/// <summary>Configuration section "Streams:OpenLineage": OpenLineage events read from a Kafka topic (OpenLineage's Kafka transport).</summary>
public sealed class OpenLineageStreamSettings
{
    public bool Enabled { get; set; } = true;

    public string Topic { get; set; } = "openlineage";

    /// <summary>Where refused events go, with their reasons (docs/streams.md).</summary>
    public string DeadLetterTopic { get; set; } = "openlineage.dlq";

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

