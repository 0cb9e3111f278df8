using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Silo.Tests.Streams;

/// <summary>A real node whose streams run on Kafka (librdkafka's mock cluster), with a plain Confluent producer beside it, as an OpenLineage emitter would be.</summary>
internal sealed class KafkaStreamNode : IAsyncDisposable
{
    public const string Topic = "openlineage";
    public const string DeadLetterTopic = "openlineage.dlq";

    private KafkaStreamNode(KafkaMockCluster kafka, NodeFactory node)
    {
        Kafka = kafka;
        Node = node;
        Producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = kafka.BootstrapServers,
            Acks = Acks.All,
            EnableIdempotence = true,
        }).Build();
    }

    public KafkaMockCluster Kafka { get; }

    public NodeFactory Node { get; }

    public IProducer<string, string> Producer { get; }

    public static KafkaStreamNode Start()
    {
        var kafka = KafkaMockCluster.Start();
        kafka.CreateTopic(Topic, partitions: 4);
        kafka.CreateTopic("dataspine.streams", partitions: 4);
        kafka.CreateTopic(DeadLetterTopic, partitions: 1);
        var node = NodeFactory.SqliteWith(new Dictionary<string, string?>
        {
            ["Streams:Provider"] = "Kafka",
            ["Streams:Kafka:BootstrapServers"] = kafka.BootstrapServers,
            ["Streams:Kafka:ConsumerGroup"] = $"dataspine-{Guid.NewGuid():N}",
            ["Streams:Kafka:Partitions"] = "4",
        });
        return new KafkaStreamNode(kafka, node);
    }

    public Task ProduceAsync(string key, object lineageEvent) => ProduceRawAsync(key, JsonSerializer.Serialize(lineageEvent));

    public Task ProduceRawAsync(string key, string value) =>
        Producer.ProduceAsync(Topic, new Message<string, string> { Key = key, Value = value });

    /// <summary>The next record on the dead-letter topic (partition 0), or a failure after the timeout.</summary>
    public ConsumeResult<string, string> ConsumeDeadLetter(TimeSpan timeout) => ConsumeDeadLetters(timeout, DeadLetterTopic, 1)[0];

    /// <summary>The first <paramref name="count"/> records of a dead-letter topic (partition 0), or a failure after the timeout.</summary>
    public List<ConsumeResult<string, string>> ConsumeDeadLetters(TimeSpan timeout, string topic, int count)
    {
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = Kafka.BootstrapServers,
            GroupId = $"test-{Guid.NewGuid():N}",
            EnableAutoCommit = false,
        }).Build();
        consumer.Assign(new TopicPartitionOffset(topic, 0, Offset.Beginning));
        var deadline = DateTime.UtcNow + timeout;
        var records = new List<ConsumeResult<string, string>>();
        while (records.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            records.Add((left > TimeSpan.Zero ? consumer.Consume(left) : null)
                ?? throw new ShouldAssertException($"{records.Count} of {count} records on {topic} within {timeout}."));
        }

        return records;
    }

    public static string Header(ConsumeResult<string, string> record, string name) =>
        Encoding.UTF8.GetString(record.Message.Headers.GetLastBytes(name));

    public static List<string> Headers(ConsumeResult<string, string> record, string name) =>
        [.. record.Message.Headers.Where(h => h.Key == name).Select(h => Encoding.UTF8.GetString(h.GetValueBytes()))];

    /// <summary>Waits until the event log holds at least this many events; returns how many it holds.</summary>
    public static async Task<int> WaitForEventsAsync(HttpClient http, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var total = await EventCountAsync(http);
            if (total >= count || DateTime.UtcNow > deadline)
            {
                return total;
            }

            await Task.Delay(200);
        }
    }

    public static async Task<int> EventCountAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/events/lineage?limit=1")).GetProperty("totalCount").GetInt32();

    public async ValueTask DisposeAsync()
    {
        Producer.Dispose();
        await Node.DisposeAsync();
        Kafka.Dispose();
    }
}
