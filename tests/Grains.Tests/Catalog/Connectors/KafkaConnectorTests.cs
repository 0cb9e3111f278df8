using System.Diagnostics;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Connectors;
using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

/// <summary>The Kafka connector against librdkafka's mock cluster: real brokers on loopback, real protocol.</summary>
public sealed class KafkaConnectorTests
{
    [Fact]
    public async Task harvest_lists_topics_with_partitions_and_replication_and_leaves_internal_topics_out()
    {
        using var cluster = KafkaMockCluster.Start(brokers: 3);
        cluster.CreateTopic("orders", partitions: 6, replicationFactor: 3);
        cluster.CreateTopic("payments.v1", partitions: 1, replicationFactor: 3);
        cluster.CreateTopic("__consumer_offsets", partitions: 2, replicationFactor: 3);
        cluster.CreateTopic("_schemas", partitions: 1, replicationFactor: 3);
        await using var connector = new KafkaConnector($"kafka://{cluster.BootstrapServers}");

        var assets = await connector.HarvestAsync(ScanScope.Everything, default);

        assets.Select(a => $"{a.QualifiedName}:{a.Type}:{a.Topic!.Partitions}x{a.Topic.ReplicationFactor}")
            .ShouldBe(["orders:Topic:6x3", "payments.v1:Topic:1x3"]);
        var orders = assets[0];
        orders.Name.ShouldBe("orders");
        orders.Schema.ShouldBeNull();
        orders.Columns.ShouldBeEmpty();
        // librdkafka 2.0.2's mock cluster does not answer DescribeConfigs: configs stay unknown, the topics are still listed.
        orders.Topic!.Configs.ShouldBeNull();
    }

    [Fact]
    public async Task an_unchanged_topic_keeps_its_fingerprint_and_another_shape_changes_it()
    {
        using var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic("orders", partitions: 3);
        using var other = KafkaMockCluster.Start();
        other.CreateTopic("orders", partitions: 4);
        await using var connector = new KafkaConnector(cluster.BootstrapServers);
        await using var otherConnector = new KafkaConnector(other.BootstrapServers);

        var first = (await connector.HarvestAsync(ScanScope.Everything, default)).ShouldHaveSingleItem();
        cluster.CreateTopic("later", partitions: 1);
        var second = await connector.HarvestAsync(ScanScope.Everything, default);
        var repartitioned = (await otherConnector.HarvestAsync(ScanScope.Everything, default)).ShouldHaveSingleItem();

        second.Select(a => a.QualifiedName).ShouldBe(["later", "orders"]);
        second.Single(a => a.Name == "orders").Fingerprint.ShouldBe(first.Fingerprint);
        repartitioned.Fingerprint.ShouldNotBe(first.Fingerprint);
    }

    [Fact]
    public async Task a_topic_the_brokers_report_as_unknown_is_left_out()
    {
        using var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic("orders");
        cluster.CreateTopic("going");
        await using var connector = new KafkaConnector(cluster.BootstrapServers);
        (await connector.HarvestAsync(ScanScope.Everything, default)).Count.ShouldBe(2);

        cluster.SetTopicError("going", errorCode: 3); // UNKNOWN_TOPIC_OR_PART

        (await connector.HarvestAsync(ScanScope.Everything, default)).Select(a => a.Name).ShouldBe(["orders"]);
    }

    [Fact]
    public async Task an_unreachable_bootstrap_fails_quickly_with_a_stable_code_and_the_reason()
    {
        var address = $"127.0.0.1:{KafkaMockCluster.ClosedPort()}";
        await using var connector = new KafkaConnector(address);
        var clock = Stopwatch.StartNew();

        var error = await Should.ThrowAsync<SourceAccessException>(() => connector.TestConnectionAsync(default));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        error.Code.ShouldBe(SourceAccessException.Unreachable);
        error.Message.ShouldContain(address);
        error.Message.ShouldContain("Connection refused");
        var harvest = await Should.ThrowAsync<SourceAccessException>(() => connector.HarvestAsync(ScanScope.Everything, default));
        harvest.Code.ShouldBe(SourceAccessException.Unreachable);
    }

    [Fact]
    public async Task a_reachable_cluster_passes_the_connection_test()
    {
        using var cluster = KafkaMockCluster.Start();
        await using var connector = new KafkaConnector($"kafka://{cluster.BootstrapServers}/");

        await connector.TestConnectionAsync(default);
    }

    [Theory]
    [InlineData("kafka://a:9092,b:9093", "a:9092,b:9093")]
    [InlineData(" broker ", "broker:9092")]
    [InlineData("KAFKA://[::1]:19092/", "[::1]:19092")]
    [InlineData("10.0.0.1:9092, 10.0.0.2:9092", "10.0.0.1:9092,10.0.0.2:9092")]
    [InlineData("kafka://a:0", null)]
    [InlineData("kafka://user:pw@a:9092", null)]
    [InlineData("a:9092,", null)]
    [InlineData("Host=db;Port=5432", null)]
    public void bootstrap_servers_are_parsed_into_what_librdkafka_takes(string connection, string? servers)
    {
        KafkaBootstrap.Parse(connection, out var problem).ShouldBe(servers);
        (problem is null).ShouldBe(servers is not null);
    }

    [Fact]
    public void an_invalid_connection_is_refused_before_any_client_is_made()
    {
        var error = Should.Throw<SourceAccessException>(() => new KafkaConnector("kafka://broker:notaport"));

        error.Code.ShouldBe(SourceAccessException.Unreadable);
        error.Message.ShouldContain("broker:notaport");
    }
}
