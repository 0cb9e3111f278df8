using DataSpine.Silo.Tests.Catalog;
using DataSpine.Tests.Shared.Kafka;
using Npgsql;

namespace DataSpine.Silo.Tests.ChangeEvents;

/// <summary>
/// Catalog changes through a real node reach the change-event topic of librdkafka's mock cluster as documented
/// (docs/events.md), read back with a plain Confluent consumer.
/// </summary>
public sealed class KafkaPublishingTests
{
    private static readonly string[] s_shop =
    [
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, first_name TEXT)",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL)",
        "INSERT INTO customers VALUES (1, 'ann@example.com', 'Ann'), (2, 'bo@example.org', 'Bo')",
    ];

    [Fact]
    public async Task a_scan_and_a_description_edit_reach_the_topic_in_order_once_each()
    {
        using var kafka = KafkaMockCluster.Start();
        var topic = $"catalog-events-{Guid.NewGuid():N}";
        kafka.CreateTopic(topic, partitions: 4);
        await using var node = NodeFactory.SqliteWith(Publishing(kafka, topic));
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(s_shop), new { samplingAllowed = true });
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        await CatalogEventsClient.AnnotateAsync(catalog.Http, sourceId, "main.customers", "Everyone who ever ordered.");

        var outbox = await CatalogEventsClient.AllAsync(catalog.Http);
        var customers = $"{sourceId}/main.customers";
        var orders = $"{sourceId}/main.orders";
        outbox.Where(e => e.Subject == sourceId).Select(e => e.Type).ShouldBe(["io.dataspine.source.created.v1"]);
        outbox.Where(e => e.Subject == orders).Select(e => e.Type).ShouldBe(["io.dataspine.asset.created.v1", "io.dataspine.asset.schema.versioned.v1"]);
        outbox.Where(e => e.Subject == customers).Select(e => e.Type).ShouldBe([
            "io.dataspine.asset.created.v1", "io.dataspine.asset.schema.versioned.v1", "io.dataspine.asset.classification.changed.v1",
            "io.dataspine.asset.changed.v1"]);
        var classified = outbox.Single(e => e.Type == "io.dataspine.asset.classification.changed.v1").Data.GetProperty("columns");
        classified.EnumerateArray().ShouldContain(c => c.GetProperty("column").GetString() == "email"
            && c.GetProperty("added").EnumerateArray().Any(k => k.GetString() == "EMAIL"));
        var edited = outbox.Single(e => e.Type == "io.dataspine.asset.changed.v1").Data;
        edited.GetProperty("asset").GetProperty("qualifiedName").GetString().ShouldBe("main.customers");
        edited.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("aspect").GetString()).ShouldBe(["description"]);
        // Events carry names and what changed, never values a viewer may not read.
        outbox.ShouldAllBe(e => !e.Event.GetRawText().Contains("example.com") && !e.Event.GetRawText().Contains("Everyone who"));
        outbox.ShouldAllBe(e => e.Event.GetProperty("specversion").GetString() == "1.0" && e.Event.GetProperty("source").GetString() == "/dataspine/catalog"
            && e.Event.GetProperty("datacontenttype").GetString() == "application/json" && e.Event.GetProperty("time").GetDateTimeOffset() > DateTimeOffset.MinValue);

        var messages = TopicReader.ReadUntil(kafka.BootstrapServers, topic, [.. outbox.Select(e => e.Id)], TimeSpan.FromSeconds(30));

        messages.ShouldAllBe(m => m.Key == m.Subject && m.CloudEventId == m.Id && m.ContentType.StartsWith("application/cloudevents+json"));
        var distinct = messages.DistinctBy(m => m.Id).ToList();
        distinct.Select(m => m.Id).Order().ShouldBe(outbox.Select(e => e.Id).Order());
        foreach (var entity in outbox.GroupBy(e => e.Subject))
        {
            distinct.Where(m => m.Subject == entity.Key).Select(m => m.Id).ShouldBe(entity.OrderBy(e => e.Sequence).Select(e => e.Id), $"order of {entity.Key}");
        }

        distinct.Select(m => m.Event.GetRawText()).Order().ShouldBe(outbox.Select(e => e.Event.GetRawText()).Order());
    }

    [Fact]
    public async Task events_wait_in_the_outbox_while_the_broker_is_down_and_are_published_when_it_is_back()
    {
        using var kafka = KafkaMockCluster.Start();
        var topic = $"catalog-events-{Guid.NewGuid():N}";
        kafka.CreateTopic(topic, partitions: 2);
        kafka.SetBrokerDown(1);
        var database = await TestPostgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?>(Publishing(kafka, topic))
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database,
        };
        await using var node = new NodeFactory(settings);
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(s_shop));
        var created = (await CatalogEventsClient.AllAsync(catalog.Http)).Single(e => e.Subject == sourceId);

        await Task.Delay(TimeSpan.FromSeconds(2));
        (await PublishedAtAsync(database, created.Id)).ShouldBeNull("the broker is down: nothing acknowledged the event");

        kafka.SetBrokerUp(1);
        var messages = TopicReader.ReadUntil(kafka.BootstrapServers, topic, [created.Id], TimeSpan.FromSeconds(30));
        messages.ShouldContain(m => m.Id == created.Id && m.Type == "io.dataspine.source.created.v1");
        for (var attempt = 0; attempt < 100 && await PublishedAtAsync(database, created.Id) is null; attempt++)
        {
            await Task.Delay(100);
        }

        (await PublishedAtAsync(database, created.Id)).ShouldNotBeNull("acknowledged events are marked published");
    }

    private static Dictionary<string, string?> Publishing(KafkaMockCluster kafka, string topic) => new()
    {
        ["Events:Kafka:BootstrapServers"] = kafka.BootstrapServers,
        ["Events:Kafka:Topic"] = topic,
        ["Events:Kafka:Properties:reconnect.backoff.max.ms"] = "200",
        ["Events:PollMilliseconds"] = "50",
    };

    private static async Task<string?> PublishedAtAsync(string database, string eventId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT published_at FROM catalog_outbox WHERE event_id = @id", connection);
        command.Parameters.AddWithValue("id", eventId);
        return await command.ExecuteScalarAsync() as string;
    }
}
