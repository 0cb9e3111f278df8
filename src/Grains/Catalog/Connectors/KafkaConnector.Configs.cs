using Confluent.Kafka;
using Confluent.Kafka.Admin;
using ErrorCode = Confluent.Kafka.ErrorCode;

namespace DataSpine.Grains.Catalog.Connectors;

internal sealed partial class KafkaConnector
{
    private const int ConfigsBatch = 500;

    /// <summary>The settings that say how long data stays and how it is kept; others are left out.</summary>
    private static readonly string[] s_keptConfigs =
    [
        "cleanup.policy", "retention.ms", "retention.bytes", "min.insync.replicas", "max.message.bytes", "compression.type",
        "message.timestamp.type",
    ];

    // Brokers answer DescribeConfigs in milliseconds; one that does not support it at all (librdkafka's
    // mock cluster waits for a controller it never names) must not hold the scan for long.
    private static readonly TimeSpan s_configsTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Topic name → kept configs. Topics missing from the answer keep null configs: refused one by one
    /// (no DescribeConfigs permission) or all at once (unsupported, or no answer in time).
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyDictionary<string, string>>> ReadConfigsAsync(
        IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var options = new DescribeConfigsOptions { RequestTimeout = s_configsTimeout };
        foreach (var batch in topics.Chunk(ConfigsBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var results = await _admin.Value.DescribeConfigsAsync(
                    batch.Select(t => new ConfigResource { Type = ResourceType.Topic, Name = t }), options);
                foreach (var result in results)
                {
                    found[result.ConfigResource.Name] = Kept(result.Entries);
                }
            }
            catch (DescribeConfigsException partial)
            {
                foreach (var report in partial.Results.Where(r => r.Error.Code == ErrorCode.NoError))
                {
                    found[report.ConfigResource.Name] = Kept(report.Entries);
                }
            }
            catch (KafkaException)
            {
                return found;
            }
        }

        return found;
    }

    private static SortedDictionary<string, string> Kept(Dictionary<string, ConfigEntryResult> entries) =>
        new(s_keptConfigs.Where(entries.ContainsKey).Where(name => entries[name].Value is not null)
            .ToDictionary(name => name, name => entries[name].Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
