using System.Text.Json;
using Confluent.Kafka;
using DataSpine.Tests.Shared.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;

namespace DataSpine.Silo.Tests.Cdc;

/// <summary>CDC routes into Kafka (librdkafka's mock cluster, real protocol) in Debezium's change-event shape, read back by a plain consumer.</summary>
public sealed class CdcKafkaSinkTests
{
    [Fact]
    public async Task a_kafka_route_sends_debezium_events_once_each_across_a_pause_and_dead_letters_a_record_kafka_refuses()
    {
        using var kafka = KafkaMockCluster.Start();
        await using var node = NodeFactory.Sqlite();
        var cdc = new CdcClient(node.CreateClient());
        var (source, sourceId) = await cdc.CataloguedSourceAsync(
            "CREATE SCHEMA shop", "CREATE TABLE shop.customers (id bigint PRIMARY KEY, email text, vip boolean, note text)",
            "INSERT INTO shop.customers VALUES (1, 'ann@example.com', true, 'a'), (2, 'bo@example.com', false, 'b')");
        await cdc.AllowAsync("PII", "eu");
        var id = (await cdc.CreateAsync(new
        {
            name = "customers to kafka",
            source = new { catalogSource = sourceId, tables = new[] { "shop.customers" } },
            sink = new { type = "kafka", connection = kafka.BootstrapServers, topic = "crm" },
            region = "eu",
            columns = new Dictionary<string, string> { ["shop.customers.email"] = "mask" },
        })).GetProperty("id").GetString()!;
        const string topic = "crm.shop.customers";

        var snapshot = await ChangeEvents.WaitAsync(kafka, topic, 2);
        snapshot.Select(e => e.Describe()).Order().ShouldBe(["r {\"id\":1} vip=True", "r {\"id\":2} vip=False"]);
        var first = snapshot.First(e => e.Key == "{\"id\":1}");
        first.Value!.Value.GetProperty("source").GetProperty("snapshot").GetString().ShouldBe("true");
        first.Value!.Value.GetProperty("source").GetProperty("table").GetString().ShouldBe("customers");
        var maskedEmail = first.Value!.Value.GetProperty("after").GetProperty("email").GetString()!;
        maskedEmail.ShouldNotContain("@");
        maskedEmail.Length.ShouldBe(64);
        (await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "streaming")).GetProperty("sinkTopic").GetString().ShouldBe("crm");

        await CdcClient.ExecuteAsync(source,
            "INSERT INTO shop.customers VALUES (3, 'cy@example.com', false, 'c')",
            "UPDATE shop.customers SET vip = true WHERE id = 2",
            "UPDATE shop.customers SET id = 30 WHERE id = 3",
            "DELETE FROM shop.customers WHERE id = 1");
        var streamed = (await ChangeEvents.WaitAsync(kafka, topic, 2 + 1 + 1 + 3 + 2));
        streamed.Where(e => e.Key == "{\"id\":3}").Select(e => e.Describe()).ShouldBe(["c {\"id\":3} vip=False", "d {\"id\":3}", "tombstone {\"id\":3}"]);
        streamed.Where(e => e.Key == "{\"id\":30}").Select(e => e.Describe()).ShouldBe(["c {\"id\":30} vip=False"]);
        streamed.Where(e => e.Key == "{\"id\":2}").Select(e => e.Describe()).ShouldBe(["r {\"id\":2} vip=False", "u {\"id\":2} vip=True"]);
        streamed.Where(e => e.Key == "{\"id\":1}").Select(e => e.Describe()).ShouldBe(["r {\"id\":1} vip=True", "d {\"id\":1}", "tombstone {\"id\":1}"]);
        streamed.Single(e => e.Op == "u").Value!.Value.GetProperty("source").GetProperty("lsn").GetUInt64().ShouldBeGreaterThan(0UL);
        await cdc.WaitForStatusAsync(id, s => s.GetProperty("rowsApplied").GetInt64() == 6);

        (await cdc.PostAsync($"/api/v1/cdc/routes/{id}/pause")).GetProperty("status").GetString().ShouldBe("paused");
        await CdcClient.ExecuteAsync(source, "INSERT INTO shop.customers VALUES (4, 'di@example.com', true, 'd')");
        await cdc.PostAsync($"/api/v1/cdc/routes/{id}/resume");
        await CdcClient.ExecuteAsync(source, $"INSERT INTO shop.customers VALUES (5, 'ed@example.com', true, repeat('x', {1_200_000}))");
        await cdc.WaitForStatusAsync(id, s => s.GetProperty("rowsApplied").GetInt64() == 7 && s.GetProperty("deadLetters").GetInt64() == 1);
        await CdcClient.ExecuteAsync(source, "INSERT INTO shop.customers VALUES (6, NULL, NULL, 'f')");

        var all = await ChangeEvents.WaitAsync(kafka, topic, 9 + 2);
        all.Count(e => e.Key == "{\"id\":4}").ShouldBe(1);
        all.Count(e => e.Key == "{\"id\":6}").ShouldBe(1);
        all.ShouldNotContain(e => e.Key == "{\"id\":5}");
        all.GroupBy(e => (e.Key, e.Describe(), e.Lsn)).ShouldAllBe(g => g.Count() == 1);

        var letters = await cdc.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cdc/routes/{id}/dead-letters");
        var letter = letters.EnumerateArray().Single();
        letter.GetProperty("table").GetString().ShouldBe("shop.customers");
        letter.GetProperty("operation").GetString().ShouldBe("insert");
        letter.GetProperty("row").GetProperty("id").GetString().ShouldBe("5");
        letter.GetProperty("row").GetProperty("note").GetString()!.ShouldEndWith("(truncated: 1200000 characters)");
        letter.GetProperty("sqlState").GetString().ShouldBe("MsgSizeTooLarge");
        var replay = await cdc.PostAsync($"/api/v1/cdc/routes/{id}/dead-letters/replay");
        replay.GetProperty("stillFailing").GetInt32().ShouldBe(1);
        var again = await cdc.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cdc/routes/{id}/dead-letters");
        again.EnumerateArray().Single().GetProperty("attempts").GetInt32().ShouldBe(2);
    }

    /// <summary>A Debezium event as a consumer reading committed records sees it.</summary>
    private sealed record ChangeEvent(string? Key, JsonElement? Value, string? Lsn)
    {
        public string Op => Value?.GetProperty("op").GetString() ?? "tombstone";

        public string Describe() => Op is "c" or "r" or "u"
            ? $"{Op} {Key} vip={Value!.Value.GetProperty("after").GetProperty("vip")}"
            : $"{Op} {Key}";
    }

    private static class ChangeEvents
    {
        /// <summary>Every committed record of the topic, in offset order per partition, once at least <paramref name="count"/> are there.</summary>
        public static async Task<IReadOnlyList<ChangeEvent>> WaitAsync(KafkaMockCluster kafka, string topic, int count)
        {
            var deadline = DateTime.UtcNow + CdcClient.Patience;
            while (true)
            {
                var events = await Task.Run(() => ReadAll(kafka, topic));
                if (events.Count >= count || DateTime.UtcNow > deadline)
                {
                    events.Count.ShouldBe(count, string.Join("\n", events.Select(e => e.Describe())));
                    return events;
                }

                await Task.Delay(200);
            }
        }

        private static List<ChangeEvent> ReadAll(KafkaMockCluster kafka, string topic)
        {
            using var consumer = new ConsumerBuilder<string?, string?>(new ConsumerConfig
            {
                BootstrapServers = kafka.BootstrapServers,
                GroupId = "test-reader",
                IsolationLevel = IsolationLevel.ReadCommitted,
                EnablePartitionEof = true,
                EnableAutoCommit = false,
            }).SetLogHandler((_, _) => { }).Build();
            using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = kafka.BootstrapServers }).SetLogHandler((_, _) => { }).Build();
            var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.SingleOrDefault(t => t.Topic == topic && t.Error.Code == ErrorCode.NoError)?.Partitions;
            if (partitions is null or { Count: 0 })
            {
                return [];
            }

            consumer.Assign(partitions.Select(p => new TopicPartitionOffset(topic, new Partition(p.PartitionId), Offset.Beginning)));
            var events = new List<ChangeEvent>();
            var ended = 0;
            while (ended < partitions.Count)
            {
                var result = consumer.Consume(TimeSpan.FromSeconds(10)) ?? throw new TimeoutException($"No record or end of partition from {topic}.");
                if (result.IsPartitionEOF)
                {
                    ended++;
                    continue;
                }

                var lsn = result.Message.Headers.TryGetLastBytes("dataspine.lsn", out var bytes) ? System.Text.Encoding.ASCII.GetString(bytes) : null;
                events.Add(new ChangeEvent(result.Message.Key, result.Message.Value is { } value ? JsonDocument.Parse(value).RootElement.Clone() : null, lsn));
            }

            return events;
        }
    }
}
