using System.Text.Json;
using DataSpine.Silo.Tests.Lineage;

namespace DataSpine.Silo.Tests.Streams;

/// <summary>
/// OpenLineage's Kafka transport into a real node: records on the OpenLineage topic, written by a plain
/// Confluent producer, go through the same ingest as POST /api/v1/lineage via the Kafka stream provider.
/// </summary>
public sealed class OpenLineageKafkaTests
{
    private const string Warehouse = "postgres://warehouse:5432";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task a_run_event_on_the_topic_reaches_the_graph_and_an_invalid_one_the_dead_letter_topic_with_its_reasons()
    {
        await using var kafka = KafkaStreamNode.Start();
        var http = kafka.Node.CreateClient();
        var lineage = new LineageClient(http);

        await kafka.ProduceAsync("etl.load_orders", LineageClient.RunEvent("COMPLETE", Guid.NewGuid().ToString(), "etl", "load_orders",
            [LineageClient.Dataset(Warehouse, "raw.orders")], [LineageClient.Dataset(Warehouse, "mart.orders")]));

        (await KafkaStreamNode.WaitForEventsAsync(http, 1, Patience)).ShouldBe(1);
        var graph = await lineage.GraphAsync($"/api/v1/lineage?nodeId={LineageClient.Id("dataset", Warehouse, "mart.orders")}&depth=2");
        graph.Keys.Order().ShouldBe([$"dataset:{Warehouse}:mart.orders", $"dataset:{Warehouse}:raw.orders", "job:etl:load_orders"]);

        const string invalid = """{"eventType":"COMPLETE","eventTime":"yesterday","run":{},"job":{"namespace":"etl"}}""";
        var refusedByHttp = await (await lineage.PostRawAsync(invalid)).Content.ReadFromJsonAsync<JsonElement>();
        await kafka.ProduceRawAsync("etl.bad", invalid);

        var dead = kafka.ConsumeDeadLetter(Patience);
        dead.Message.Key.ShouldBe("etl.bad");
        var envelope = JsonDocument.Parse(dead.Message.Value).RootElement;
        var code = refusedByHttp.GetProperty("code").GetString();
        var reasons = refusedByHttp.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        code.ShouldNotBeNullOrEmpty();
        reasons.ShouldNotBeEmpty();
        envelope.GetProperty("error").GetString().ShouldBe(code);
        envelope.GetProperty("reasons").EnumerateArray().Select(e => e.GetString()).ShouldBe(reasons);
        envelope.GetProperty("original").GetRawText().ShouldBe(JsonDocument.Parse(invalid).RootElement.GetRawText());
        envelope.GetProperty("source").GetProperty("topic").GetString().ShouldBe(KafkaStreamNode.Topic);
        KafkaStreamNode.Header(dead, "dataspine-error").ShouldBe(code);
        KafkaStreamNode.Headers(dead, "dataspine-reason").ShouldBe(reasons!);
        (await KafkaStreamNode.EventCountAsync(http)).ShouldBe(1);
    }
}
