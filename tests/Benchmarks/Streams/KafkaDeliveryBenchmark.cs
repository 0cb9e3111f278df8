using System.Diagnostics;
using Confluent.Kafka;
using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Benchmarks.Streams;

/// <summary>
/// Kafka stream delivery into grains: records of a plain topic, read by DataSpine's Kafka stream provider and
/// delivered to an implicitly subscribed grain per partition, against a bare Confluent consumer reading the
/// same topic, in the same run, on librdkafka's mock cluster (in process; no broker can be installed here).
/// </summary>
internal static class KafkaDeliveryBenchmark
{
    private const string Topic = "bench.stream";
    private const int Partitions = 4;
    private const int Records = 40_000;

    public static async Task RunAsync()
    {
        using var kafka = KafkaMockCluster.Start();
        kafka.CreateTopic(Topic, Partitions);
        kafka.CreateTopic("dataspine.streams", Partitions);
        await ProduceAsync(kafka.BootstrapServers);
        Console.WriteLine($"Kafka stream delivery into grains ({Records} records of 200 bytes, {Partitions} partitions, mock cluster):");

        var bare = BareConsumerSeconds(kafka.BootstrapServers);
        Measure.Row("bare Confluent consumer (assign, consume all)", $"{Records / bare,10:N0} records/s");

        StreamCountGrain.Reset();
        var host = await BenchSilo.StartAsync(Hosting.StorageProvider.Sqlite, BenchSilo.TempSqlite(), new Dictionary<string, string?>
        {
            ["Streams:Provider"] = "Kafka",
            ["Streams:Kafka:BootstrapServers"] = kafka.BootstrapServers,
            ["Streams:Kafka:ConsumerGroup"] = $"bench-{Guid.NewGuid():N}",
            ["Streams:Kafka:Partitions"] = Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Streams:Kafka:Topics:0:Name"] = Topic,
            ["Streams:Kafka:Topics:0:Namespace"] = StreamCountGrain.Namespace,
            ["Streams:OpenLineage:Enabled"] = "false",
        });
        try
        {
            var started = Stopwatch.GetTimestamp();
            while (StreamCountGrain.Count < Records)
            {
                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(3))
                {
                    throw new TimeoutException($"Only {StreamCountGrain.Count} of {Records} records reached the grains.");
                }

                await Task.Delay(10);
            }

            var total = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var delivering = StreamCountGrain.DeliverySeconds;
            Measure.Row("into grains (first to last delivery)", $"{Records / delivering,10:N0} records/s  ({bare / delivering:P0} of bare)");
            Measure.Row("into grains (from silo started, incl. partition assignment)", $"{Records / total,10:N0} records/s");
        }
        finally
        {
            await host.StopAndDisposeAsync();
        }
    }

    private static async Task ProduceAsync(string bootstrap)
    {
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = bootstrap, LingerMs = 5 }).Build();
        var value = new byte[200];
        for (var i = 0; i < Records; i++)
        {
            producer.Produce(Topic, new Message<string, byte[]> { Key = $"k{i % 64}", Value = value });
            if (i % 10_000 == 0)
            {
                producer.Poll(TimeSpan.Zero);
            }
        }

        producer.Flush(TimeSpan.FromSeconds(60));
        await Task.CompletedTask;
    }

    private static double BareConsumerSeconds(string bootstrap)
    {
        using var consumer = new ConsumerBuilder<string, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = $"bare-{Guid.NewGuid():N}",
            EnableAutoCommit = false,
        }).Build();
        var started = Stopwatch.GetTimestamp();
        consumer.Assign(Enumerable.Range(0, Partitions).Select(p => new TopicPartitionOffset(Topic, p, Offset.Beginning)));
        var read = 0;
        while (read < Records)
        {
            if (consumer.Consume(TimeSpan.FromSeconds(10)) is null)
            {
                throw new TimeoutException($"The bare consumer read {read} of {Records} records.");
            }

            read++;
        }

        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
