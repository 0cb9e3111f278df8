using System.Text;
using System.Text.Json;
using Avro.Generic;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using DataSpine.Silo.Tests.Registry;
using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>
/// A scan samples each topic's latest records and reads Confluent's wire format: records produced by
/// Confluent's Avro serializer through a real node's registry are linked to the subject and version in use.
/// </summary>
[Collection(ConfluentNode.Collection)]
public sealed class KafkaTopicSamplingTests(ConfluentNode setup)
{
    [Fact]
    public async Task a_scan_links_each_topic_to_the_subjects_and_versions_its_records_use()
    {
        var (cluster, node) = (setup.Cluster, setup.Node);
        using var registry = ConfluentClients.Registry(node);
        var catalog = new CatalogClient(node.CreateClient());
        var byTopic = "orders-" + Guid.NewGuid().ToString("N")[..8];
        var byRecord = "payments-" + Guid.NewGuid().ToString("N")[..8];
        cluster.CreateTopic(byTopic, partitions: 2);
        cluster.CreateTopic(byRecord);

        var orders = Enumerable.Range(1, 6).Select(i => ConfluentClients.AvroOrder(i, $"o{i}@example.com")).ToList();
        await ConfluentClients.ProduceAsync(cluster, byTopic, orders, new AvroSerializer<GenericRecord>(registry));
        await ProducePlainJsonAsync(cluster, byTopic, 3);
        var recordNamed = new AvroSerializerConfig { SubjectNameStrategy = SubjectNameStrategy.Record };
        await ConfluentClients.ProduceAsync(cluster, byRecord, orders.Take(4), new AvroSerializer<GenericRecord>(registry, recordNamed));

        var sourceId = await catalog.RegisterAsync("kafka", $"kafka://{cluster.BootstrapServers}?sampleRecords=50&sampleSeconds=5");
        var scan = await catalog.ScanToEndAsync(sourceId);
        scan.GetProperty("status").GetString().ShouldBe("Succeeded", scan.ToString());

        var topicNamed = await catalog.AssetAsync(sourceId, byTopic);
        var sample = topicNamed.GetProperty("topic").GetProperty("sample");
        sample.GetProperty("records").GetInt32().ShouldBe(9);
        sample.GetProperty("valuesNotWireFormat").GetInt32().ShouldBe(3);
        sample.GetProperty("keysNotWireFormat").GetInt32().ShouldBe(0);
        var valueSubject = await registry.GetLatestSchemaAsync($"{byTopic}-value");
        Uses(topicNamed).ShouldBe([$"value #{valueSubject.Id} {byTopic}-value v1 x6 TopicNameStrategy AVRO"]);

        var recordSubject = await registry.GetLatestSchemaAsync("shop.Order");
        var recordNamedAsset = await catalog.AssetAsync(sourceId, byRecord);
        recordNamedAsset.GetProperty("topic").GetProperty("sample").GetProperty("records").GetInt32().ShouldBe(4);
        Uses(recordNamedAsset).ShouldBe([$"value #{recordSubject.Id} shop.Order v{recordSubject.Version} x4 RecordNameStrategy AVRO"]);
    }

    [Fact]
    public async Task sampling_is_bounded_and_can_be_turned_off()
    {
        var (cluster, node) = (setup.Cluster, setup.Node);
        var catalog = new CatalogClient(node.CreateClient());
        var topic = "events-" + Guid.NewGuid().ToString("N")[..8];
        cluster.CreateTopic(topic);
        await ProducePlainJsonAsync(cluster, topic, 30);

        var bounded = await catalog.RegisterAsync("kafka", $"kafka://{cluster.BootstrapServers}?sampleRecords=10", name: "bounded");
        (await catalog.ScanToEndAsync(bounded)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var sample = (await catalog.AssetAsync(bounded, topic)).GetProperty("topic").GetProperty("sample");
        sample.GetProperty("records").GetInt32().ShouldBe(10);
        sample.GetProperty("valuesNotWireFormat").GetInt32().ShouldBe(10);

        var off = await catalog.RegisterAsync("kafka", $"kafka://{cluster.BootstrapServers}?sampleRecords=0", name: "off");
        (await catalog.ScanToEndAsync(off)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var unsampled = (await catalog.AssetAsync(off, topic)).GetProperty("topic");
        (unsampled.TryGetProperty("sample", out var none) ? none.ValueKind : JsonValueKind.Null).ShouldBe(JsonValueKind.Null, unsampled.ToString());

        var refused = await catalog.Http.PostAsJsonAsync("/api/v1/sources",
            new { name = "bad", type = "kafka", connection = $"kafka://{cluster.BootstrapServers}?sampleRecords=lots" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
    }

    private static List<string> Uses(JsonElement asset) =>
        [.. asset.GetProperty("sampledSchemas").EnumerateArray().Select(u =>
            $"{u.GetProperty("role").GetString()} #{u.GetProperty("id").GetInt32()} {u.GetProperty("subject").GetString()} " +
            $"v{u.GetProperty("version").GetInt32()} x{u.GetProperty("count").GetInt32()} {u.GetProperty("strategy").GetString()} {u.GetProperty("schemaType").GetString()}")];

    private static async Task ProducePlainJsonAsync(KafkaMockCluster cluster, string topic, int count)
    {
        using var producer = new ProducerBuilder<Null, byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        for (var i = 0; i < count; i++)
        {
            await producer.ProduceAsync(topic, new Message<Null, byte[]> { Value = Encoding.UTF8.GetBytes($$"""{"n":{{i}}}""") });
        }
    }
}
