using System.Text.Json;
using DataSpine.Silo.Tests.Registry;
using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>A Kafka source through the real node: librdkafka's mock cluster, and the node's own schema registry.</summary>
public sealed class KafkaSourceTests
{
    private const string OrderV1 = """
        {"type":"record","name":"Order","namespace":"shop","fields":[
          {"name":"id","type":"long","doc":"Order number"},
          {"name":"customer_email","type":["null","string"],"default":null},
          {"name":"placed_at","type":{"type":"long","logicalType":"timestamp-millis"}}]}
        """;

    private const string OrderV2 = """
        {"type":"record","name":"Order","namespace":"shop","fields":[
          {"name":"id","type":"long","doc":"Order number"},
          {"name":"customer_email","type":["null","string"],"default":null},
          {"name":"placed_at","type":{"type":"long","logicalType":"timestamp-millis"}},
          {"name":"total","type":"double","default":0}]}
        """;

    [Fact]
    public async Task topics_are_scanned_into_assets_that_show_their_key_and_value_schemas()
    {
        using var cluster = KafkaMockCluster.Start(brokers: 2);
        cluster.CreateTopic("orders", partitions: 3, replicationFactor: 2);
        cluster.CreateTopic("audit.events", partitions: 1, replicationFactor: 2);
        cluster.CreateTopic("__consumer_offsets", partitions: 1, replicationFactor: 2);
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var registry = new RegistryClient(catalog.Http);
        var sourceId = await catalog.RegisterAsync("kafka", $"kafka://{cluster.BootstrapServers}");

        var test = await catalog.Http.PostAsJsonAsync($"/api/v1/sources/{sourceId}/test", new { });
        var scan = await catalog.ScanToEndAsync(sourceId);
        var keyId = await registry.RegisterAsync("orders-key", """{"type":"string"}""");
        var valueId = await registry.RegisterAsync("orders-value", OrderV1);
        var orders = await catalog.AssetAsync(sourceId, "orders");

        (await test.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean().ShouldBeTrue();
        scan.GetProperty("status").GetString().ShouldBe("Succeeded", scan.ToString());
        scan.GetProperty("progress").GetProperty("harvested").GetInt32().ShouldBe(2);
        (await catalog.AssetsAsync(sourceId)).GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("qualifiedName").GetString()}:{i.GetProperty("type").GetString()}")
            .ShouldBe(["audit.events:Topic", "orders:Topic"]);
        orders.GetProperty("type").GetString().ShouldBe("Topic");
        orders.GetProperty("topic").GetProperty("partitions").GetInt32().ShouldBe(3);
        orders.GetProperty("topic").GetProperty("replicationFactor").GetInt32().ShouldBe(2);
        orders.GetProperty("schemas").EnumerateArray()
            .Select(s => $"{s.GetProperty("role").GetString()} {s.GetProperty("subject").GetString()} v{s.GetProperty("version").GetInt32()} " +
                $"#{s.GetProperty("id").GetInt32()} {s.GetProperty("schemaType").GetString()}")
            .ShouldBe([$"key orders-key v1 #{keyId} AVRO", $"value orders-value v1 #{valueId} AVRO"]);
        var columns = orders.GetProperty("columns").EnumerateArray().ToList();
        columns.Select(c => $"{c.GetProperty("name").GetString()}:{c.GetProperty("dataType").GetString()}:{c.GetProperty("nullable").GetBoolean()}")
            .ShouldBe(["id:long:False", "customer_email:string:True", "placed_at:long (timestamp-millis):False"]);
        columns[0].GetProperty("comment").GetString().ShouldBe("Order number");
        columns[1].GetProperty("classifications")[0].GetProperty("class").GetString().ShouldBe("EMAIL");
        var audit = await catalog.AssetAsync(sourceId, "audit.events");
        audit.GetProperty("schemas").GetArrayLength().ShouldBe(0);
        audit.GetProperty("columns").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task the_asset_follows_the_latest_value_schema_without_a_rescan()
    {
        using var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic("orders", partitions: 1);
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var registry = new RegistryClient(catalog.Http);
        var sourceId = await catalog.RegisterAsync("kafka", cluster.BootstrapServers);
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        await registry.RegisterAsync("orders-value", OrderV1);

        await registry.RegisterAsync("orders-value", OrderV2);
        var orders = await catalog.AssetAsync(sourceId, "orders");

        var value = orders.GetProperty("schemas").EnumerateArray().ShouldHaveSingleItem();
        value.GetProperty("version").GetInt32().ShouldBe(2);
        orders.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Last().ShouldBe("total");
    }

    [Fact]
    public async Task a_rescan_skips_unchanged_topics_and_soft_deletes_one_the_brokers_no_longer_list()
    {
        // librdkafka 2.0.2's mock cluster cannot delete a topic; the source is pointed at a second cluster
        // that lists one of the two topics, the same way, which is what a deletion looks like to a scan.
        using var before = KafkaMockCluster.Start();
        before.CreateTopic("orders", partitions: 3);
        before.CreateTopic("retired", partitions: 1);
        using var after = KafkaMockCluster.Start();
        after.CreateTopic("orders", partitions: 3);
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("kafka", before.BootstrapServers, name: "events");
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("progress").GetProperty("harvested").GetInt32().ShouldBe(2);

        var moved = await catalog.Http.PutAsJsonAsync($"/api/v1/sources/{sourceId}", new { name = "events", type = "kafka", connection = after.BootstrapServers });
        var rescan = await catalog.ScanToEndAsync(sourceId);

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var progress = rescan.GetProperty("progress");
        $"{progress.GetProperty("harvested").GetInt32()} {progress.GetProperty("unchanged").GetInt32()} {progress.GetProperty("deleted").GetInt32()}"
            .ShouldBe("0 1 1");
        rescan.GetProperty("deletedAssets").EnumerateArray().Select(a => a.GetString()).ShouldBe(["retired"]);
        (await catalog.AssetAsync(sourceId, "retired")).GetProperty("deleted").GetBoolean().ShouldBeTrue();
        (await catalog.AssetAsync(sourceId, "orders")).GetProperty("versions").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task unreachable_brokers_fail_the_test_and_the_scan_quickly_with_a_stable_code()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var address = $"127.0.0.1:{KafkaMockCluster.ClosedPort()}";
        var sourceId = await catalog.RegisterAsync("kafka", $"kafka://{address}");

        var test = await (await catalog.Http.PostAsJsonAsync($"/api/v1/sources/{sourceId}/test", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var scan = await catalog.ScanToEndAsync(sourceId);

        test.GetProperty("ok").GetBoolean().ShouldBeFalse();
        test.GetProperty("code").GetString().ShouldBe("source_unreachable");
        test.GetProperty("message").GetString()!.ShouldContain(address);
        test.GetProperty("milliseconds").GetDouble().ShouldBeLessThan(10_000);
        scan.GetProperty("status").GetString().ShouldBe("Failed");
        scan.GetProperty("errorCode").GetString().ShouldBe("source_unreachable");
    }

    [Fact]
    public async Task a_source_shows_its_bootstrap_servers_as_its_location()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());

        var sourceId = await catalog.RegisterAsync("kafka", "kafka://broker-1:9092,broker-2");
        var source = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}");

        source.GetProperty("type").GetString().ShouldBe("kafka");
        source.GetProperty("location").GetString().ShouldBe("broker-1:9092,broker-2:9092");
    }
}
