using System.Text.Json;
using DataSpine.Silo.Tests.Lineage;

namespace DataSpine.Silo.Tests.Streams;

/// <summary>Faults on the way from Kafka into the grains: nothing acknowledged is lost, nothing is stored twice, order per key holds.</summary>
public sealed class KafkaStreamFaultTests
{
    private const int Keys = 6;
    private const int PerKey = 20;
    private const short Fetch = 1;
    private const short OffsetCommit = 8;
    private const int NotLeaderForPartition = 6;
    private const int RequestTimedOut = 7;
    private const int CoordinatorNotAvailable = 15;

    [Fact]
    public async Task a_burst_through_a_broker_outage_and_request_errors_is_stored_exactly_once_in_order_per_key()
    {
        await using var kafka = KafkaStreamNode.Start();
        var http = kafka.Node.CreateClient();
        (await KafkaStreamNode.EventCountAsync(http)).ShouldBe(0);

        var sent = new List<Task>();
        for (var i = 0; i < PerKey; i++)
        {
            if (i == PerKey / 4)
            {
                kafka.Kafka.PushRequestErrors(Fetch, NotLeaderForPartition, RequestTimedOut, NotLeaderForPartition);
                kafka.Kafka.PushRequestErrors(OffsetCommit, CoordinatorNotAvailable, RequestTimedOut);
            }

            if (i == PerKey / 2)
            {
                kafka.Kafka.SetBrokerDown(1);
            }

            if (i == (PerKey / 2) + 3)
            {
                await Task.Delay(1500);
                kafka.Kafka.SetBrokerUp(1);
            }

            for (var k = 0; k < Keys; k++)
            {
                sent.Add(kafka.ProduceAsync($"job{k}", Event(k, i)));
            }

            await Task.Delay(20);
        }

        await Task.WhenAll(sent);
        const int total = Keys * PerKey;
        (await KafkaStreamNode.WaitForEventsAsync(http, total, TimeSpan.FromSeconds(60))).ShouldBe(total);
        // A redelivered record would arrive after the last new one: give it a moment to show up.
        (await KafkaStreamNode.WaitForEventsAsync(http, total + 1, TimeSpan.FromSeconds(2))).ShouldBe(total);

        // Every record stored once, and in the order it was written for its key (all events share one eventTime,
        // so the log's ascending order is the order of storing).
        var log = await http.GetFromJsonAsync<JsonElement>($"/api/v1/events/lineage?limit={total + 10}&sortDirection=asc");
        var runs = log.GetProperty("events").EnumerateArray()
            .Select(e => (Job: e.GetProperty("job").GetProperty("name").GetString()!, Run: e.GetProperty("run").GetProperty("runId").GetString()!))
            .ToList();
        runs.Select(r => r.Run).Distinct().Count().ShouldBe(total);
        foreach (var job in runs.GroupBy(r => r.Job))
        {
            job.Select(r => r.Run).ShouldBe(job.Select(r => r.Run).Order(StringComparer.Ordinal), $"order of {job.Key}");
        }
    }

    private static object Event(int key, int index) => LineageClient.RunEvent(
        "COMPLETE", $"00000000-0000-4000-8000-{key:D4}{index:D8}", "burst", $"job{key}", [], [], time: "2026-12-01T00:00:00Z");
}
