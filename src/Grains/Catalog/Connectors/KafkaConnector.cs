using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Harvests a Kafka cluster's topics from one metadata request (and DescribeConfigs for their settings):
/// each topic is an asset of type Topic with its partitions, replication factor and configs. Topics have
/// no schema of their own here; their columns come from the schema registry when the asset is read. A
/// bounded sample of each topic's latest records gives the schema ids actually in use (KafkaConnector.Sampling.cs).
/// </summary>
internal sealed partial class KafkaConnector : ISourceConnector, IAsyncDisposable
{
    // A dead or wrong address must fail a test or a scan within seconds, never hang it.
    private const int ConnectTimeoutMs = 5000;
    private static readonly TimeSpan s_metadataTimeout = TimeSpan.FromSeconds(5);

    private readonly string _servers;
    private readonly KafkaSampling _sampling;
    private readonly Lazy<IAdminClient> _admin;
    private volatile string? _lastError;

    public KafkaConnector(string connection)
    {
        _servers = KafkaBootstrap.Parse(connection, out _sampling, out var problem)
            ?? throw new SourceAccessException(SourceAccessException.Unreadable, problem!);
        _admin = new(CreateAdmin);
    }

    public Task TestConnectionAsync(CancellationToken cancellationToken) => ReadMetadataAsync(cancellationToken);

    /// <summary>Kafka has no schemas, so the scope's schema filters do not narrow a topic list.</summary>
    public async Task<IReadOnlyList<HarvestedAsset>> HarvestAsync(ScanScope scope, CancellationToken cancellationToken)
    {
        var metadata = await ReadMetadataAsync(cancellationToken);
        var topics = metadata.Topics
            .Where(t => !IsInternal(t.Topic) && t.Error.Code != ErrorCode.UnknownTopicOrPart) // the latter: being deleted
            .OrderBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();
        var configs = await ReadConfigsAsync([.. topics.Select(t => t.Topic)], cancellationToken);
        // Consume blocks its thread; keep it off the grain's scheduler.
        var samples = await Task.Run(() => Sample(topics, cancellationToken), cancellationToken);
        return [.. topics.Select(t => ToAsset(t, configs.GetValueOrDefault(t.Topic), samples.GetValueOrDefault(t.Topic)))];
    }

    public Task<TableProfile> ProfileAsync(HarvestedAsset asset, ScanScope scope, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Topics are described by their metadata and schemas; their messages are not profiled.");

    public async ValueTask DisposeAsync()
    {
        if (_admin.IsValueCreated)
        {
            // Closing waits for librdkafka's threads; keep that off the grain's turn.
            await Task.Run(_admin.Value.Dispose);
        }
    }

    /// <summary>Kafka's own (__consumer_offsets, __transaction_state) and Confluent's (_schemas, _confluent-*) topics.</summary>
    private static bool IsInternal(string topic) => topic.StartsWith('_');

    private static HarvestedAsset ToAsset(TopicMetadata topic, IReadOnlyDictionary<string, string>? configs, TopicSample? sample)
    {
        var replication = topic.Partitions.Count == 0 ? 0 : topic.Partitions.Max(p => p.Replicas.Length);
        var info = new TopicInfo(topic.Partitions.Count, replication, configs, sample);
        return new HarvestedAsset(topic.Topic, null, topic.Topic, AssetType.Topic, [], [], [], null, null, null, null,
            AssetFingerprint.Compute(info), info);
    }

    private async Task<Metadata> ReadMetadataAsync(CancellationToken cancellationToken)
    {
        var admin = _admin.Value;
        try
        {
            // GetMetadata blocks up to its timeout; run it off the grain's scheduler, and stop waiting on cancel.
            return await Task.Run(() => admin.GetMetadata(s_metadataTimeout), cancellationToken).WaitAsync(cancellationToken);
        }
        catch (KafkaException error)
        {
            throw new SourceAccessException(SourceAccessException.Unreachable,
                $"Cannot reach Kafka at {_servers}: {_lastError ?? error.Error.Reason}", error);
        }
    }

    private IAdminClient CreateAdmin()
    {
        var config = new AdminClientConfig
        {
            BootstrapServers = _servers,
            ClientId = "dataspine-scanner",
            SocketConnectionSetupTimeoutMs = ConnectTimeoutMs,
            SocketTimeoutMs = (int)s_metadataTimeout.TotalMilliseconds * 2,
        };
        try
        {
            return new AdminClientBuilder(config)
                // librdkafka logs every failed connect; the reason reaches the caller through the error handler instead.
                .SetLogHandler((_, _) => { })
                .SetErrorHandler((_, error) => _lastError = error.Code == ErrorCode.Local_AllBrokersDown ? _lastError ?? error.Reason : error.Reason)
                .Build();
        }
        catch (Exception error) when (error is KafkaException or ArgumentException or InvalidOperationException)
        {
            throw new SourceAccessException(SourceAccessException.Unreadable, $"Cannot set up a Kafka client for {_servers}: {error.Message}", error);
        }
    }
}
