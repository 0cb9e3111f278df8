using System.Text.Json;
using System.Text.RegularExpressions;
using Confluent.Kafka;
using DataSpine.Grains.Lineage;
using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Cluster.Tests;

/// <summary>
/// SIGKILL the silo reading partitions of the OpenLineage topic while events arrive: a survivor takes the
/// partitions over from the consumer group's committed offset, and every event is stored exactly once.
/// </summary>
public sealed partial class KafkaStreamFailoverTests
{
    private const string Topic = "openlineage";
    private const int Keys = 8;
    private const int PerKeyBefore = 5;
    private const int PerKeyAfter = 5;

    [Fact]
    public async Task a_survivor_takes_over_a_killed_silos_partitions_from_the_committed_offset_losing_and_doubling_nothing()
    {
        using var kafka = KafkaMockCluster.Start();
        kafka.CreateTopic(Topic, partitions: 4);
        kafka.CreateTopic("dataspine.streams", partitions: 4);
        var settings = new Dictionary<string, string>(TestCluster.Timings)
        {
            ["Streams__Provider"] = "Kafka",
            ["Streams__Kafka__BootstrapServers"] = kafka.BootstrapServers,
            ["Streams__Kafka__ConsumerGroup"] = $"dataspine-{Guid.NewGuid():N}",
            // Offsets commit as Orleans' queue cache drains; a small cache drains (and commits) after every few records.
            ["Streams__Kafka__CacheSize"] = "10",
        };
        await using var cluster = await TestCluster.StartAsync(silos: 2, settings);
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = kafka.BootstrapServers, Acks = Acks.All }).Build();
        var log = cluster.Grains.GetGrain<ILineageEventLogGrain>("all");

        var written = await ProduceAsync(producer, 0, PerKeyBefore);
        await TestCluster.WaitForAsync(async () => await CountAsync(log) == Keys * PerKeyBefore, TimeSpan.FromSeconds(60),
            () => $"the first events were not stored\n{cluster.LogTails()}");
        // The silo now reading a partition that holds records (the first silo read all of them until the second joined).
        var reader = cluster.Silos.First(s => Reading(s.Log).Keys.Any(written.Contains));
        var taken = Reading(reader.Log).Keys.Where(written.Contains).ToList();
        var survivor = cluster.Silos.Single(s => s != reader);
        var survivorLogBefore = survivor.Log.Length;
        reader.Kill();

        await ProduceAsync(producer, PerKeyBefore, PerKeyAfter);
        const int total = Keys * (PerKeyBefore + PerKeyAfter);
        await TestCluster.WaitForAsync(async () => await CountAsync(log) >= total, TimeSpan.FromSeconds(90),
            () => $"the events after the kill were not all stored\n{cluster.LogTails()}");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a redelivered record would come after the last new one
        var events = await log.ListAsync(new LineageEventQuery(null, null, total + 10, 0, true));
        events.TotalCount.ShouldBe(total);
        events.Events.Select(e => JsonDocument.Parse(e.Json).RootElement.GetProperty("run").GetProperty("runId").GetString()).Distinct().Count().ShouldBe(total);

        // The survivor resumed the killed silo's partitions where the group's commit left them, not at the beginning.
        var resumed = Reading(survivor.Log[survivorLogBefore..]);
        taken.ShouldNotBeEmpty();
        foreach (var partition in taken)
        {
            resumed.ShouldContainKey(partition, $"the survivor did not take {partition} over\n{survivor.Log}");
            long.TryParse(resumed[partition], out var offset).ShouldBeTrue($"{partition} restarted from {resumed[partition]}\n{survivor.Log}");
            offset.ShouldBeGreaterThan(0);
        }
    }

    /// <summary>Writes the events, returning the partitions written to (as the receivers' log names them).</summary>
    private static async Task<HashSet<string>> ProduceAsync(IProducer<string, string> producer, int from, int count)
    {
        var partitions = new HashSet<string>();
        for (var i = from; i < from + count; i++)
        {
            for (var k = 0; k < Keys; k++)
            {
                var json = JsonSerializer.Serialize(new
                {
                    eventType = "COMPLETE",
                    eventTime = "2026-12-01T00:00:00Z",
                    producer = "https://github.com/dataspine/tests",
                    schemaURL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
                    run = new { runId = $"00000000-0000-4000-8000-{k:D4}{i:D8}" },
                    job = new { @namespace = "failover", name = $"job{k}" },
                    inputs = Array.Empty<object>(),
                    outputs = Array.Empty<object>(),
                });
                var result = await producer.ProduceAsync(Topic, new Message<string, string> { Key = $"job{k}", Value = json });
                partitions.Add(result.TopicPartition.ToString());
            }
        }

        return partitions;
    }

    /// <summary>The event log's size; -1 while the log grain is still on the killed silo (a call there fails until it is declared dead).</summary>
    private static async Task<int> CountAsync(ILineageEventLogGrain log)
    {
        try
        {
            return (await log.ListAsync(new LineageEventQuery(null, null, 1, 0, true))).TotalCount;
        }
        catch (Exception e) when (e is OrleansMessageRejectionException or SiloUnavailableException or TimeoutException)
        {
            return -1;
        }
    }

    /// <summary>The OpenLineage partitions a silo's log says it reads (assigned and not released since), each with where it started.</summary>
    private static Dictionary<string, string> Reading(string log) =>
        Assignments().Matches(log).GroupBy(m => m.Groups[1].Value)
            .Where(g => g.Last().Groups[3].Success)
            .ToDictionary(g => g.Key, g => g.Last().Groups[3].Value);

    [GeneratedRegex(@"Kafka stream queue (openlineage \[\[\d+\]\]) (reads from (\d+|the beginning)|released)")]
    private static partial Regex Assignments();
}
