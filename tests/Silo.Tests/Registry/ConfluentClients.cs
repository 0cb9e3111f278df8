using Avro;
using Avro.Generic;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>Confluent's .NET clients set up against a node's registry and the mock cluster.</summary>
internal static class ConfluentClients
{
    public static readonly RecordSchema OrderSchema = (RecordSchema)Avro.Schema.Parse("""
        {"type":"record","name":"Order","namespace":"shop","fields":[
          {"name":"id","type":"long"},{"name":"email","type":"string"}]}
        """);

    /// <summary>The node's admin key as basic auth's password, as the node documents for Confluent clients.</summary>
    public static CachedSchemaRegistryClient Registry(RealNode node) => new(new SchemaRegistryConfig
    {
        Url = node.BaseUrl + "/registry",
        BasicAuthCredentialsSource = AuthCredentialsSource.UserInfo,
        BasicAuthUserInfo = "dataspine:" + TestKeys.Admin,
    });

    public static GenericRecord AvroOrder(long id, string email)
    {
        var record = new GenericRecord(OrderSchema);
        record.Add("id", id);
        record.Add("email", email);
        return record;
    }

    public static async Task ProduceAsync<T>(KafkaMockCluster cluster, string topic, IEnumerable<T> values, IAsyncSerializer<T> serializer)
    {
        using var producer = new ProducerBuilder<Null, T>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers, LingerMs = 0 })
            .SetValueSerializer(serializer)
            .Build();
        foreach (var value in values)
        {
            await producer.ProduceAsync(topic, new Message<Null, T> { Value = value });
        }

        producer.Flush(TimeSpan.FromSeconds(10));
    }

    /// <summary>The first <paramref name="count"/> values of the topic, from the beginning, within 30 s.</summary>
    public static List<T> Consume<T>(KafkaMockCluster cluster, string topic, int count, IDeserializer<T> deserializer)
    {
        using var consumer = new ConsumerBuilder<Ignore, T>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = "test-" + Guid.NewGuid().ToString("N"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        }).SetValueDeserializer(deserializer).Build();
        consumer.Subscribe(topic);
        var values = new List<T>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (values.Count < count && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(500)) is { IsPartitionEOF: false, Message: { } message })
            {
                values.Add(message.Value);
            }
        }

        consumer.Close();
        return values;
    }
}
