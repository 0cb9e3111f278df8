using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Connectors;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

/// <summary>The configs part of a topic's fingerprint, which librdkafka's mock cluster cannot serve (no DescribeConfigs).</summary>
public sealed class TopicFingerprintTests
{
    private static readonly TopicInfo s_compacted = new(3, 2, new Dictionary<string, string>
    {
        ["cleanup.policy"] = "compact",
        ["retention.ms"] = "604800000",
    });

    [Fact]
    public void the_same_configs_in_another_order_give_the_same_fingerprint()
    {
        var reordered = s_compacted with
        {
            Configs = new Dictionary<string, string> { ["retention.ms"] = "604800000", ["cleanup.policy"] = "compact" },
        };

        AssetFingerprint.Compute(reordered).ShouldBe(AssetFingerprint.Compute(s_compacted));
    }

    [Fact]
    public void a_changed_config_partition_count_or_replication_changes_the_fingerprint()
    {
        var fingerprints = new[]
        {
            s_compacted,
            s_compacted with { Configs = new Dictionary<string, string> { ["cleanup.policy"] = "delete", ["retention.ms"] = "604800000" } },
            s_compacted with { Partitions = 4 },
            s_compacted with { ReplicationFactor = 3 },
            s_compacted with { Configs = null },
        }.Select(AssetFingerprint.Compute);

        fingerprints.Distinct().Count().ShouldBe(5);
    }
}
