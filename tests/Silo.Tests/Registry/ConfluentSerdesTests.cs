using Avro.Generic;
using Confluent.Kafka.SyncOverAsync;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>
/// Confluent's own .NET clients (Confluent.SchemaRegistry and its Avro and JSON serdes 2.16.0) producing and
/// consuming through librdkafka's mock cluster, with the registry URL pointing at a real node.
/// </summary>
[Collection(ConfluentNode.Collection)]
public sealed class ConfluentSerdesTests(ConfluentNode setup)
{
    [Fact]
    public async Task the_avro_serializer_auto_registers_and_the_deserializer_decodes_through_the_node()
    {
        using var registry = ConfluentClients.Registry(setup.Node);
        var topic = RegistryClient.Unique("orders");
        setup.Cluster.CreateTopic(topic); // one partition: records come back in order
        var records = Enumerable.Range(1, 5).Select(i => ConfluentClients.AvroOrder(i, $"buyer{i}@example.com")).ToList();

        await ConfluentClients.ProduceAsync(setup.Cluster, topic, records, new AvroSerializer<GenericRecord>(registry));
        var consumed = ConfluentClients.Consume(setup.Cluster, topic, records.Count, new AvroDeserializer<GenericRecord>(registry).AsSyncOverAsync());

        consumed.Select(r => $"{r["id"]} {r["email"]}").ShouldBe(records.Select(r => $"{r["id"]} {r["email"]}"));
        var latest = await registry.GetLatestSchemaAsync($"{topic}-value");
        latest.Version.ShouldBe(1);
        latest.SchemaType.ShouldBe(SchemaType.Avro);
        Avro.Schema.Parse(latest.SchemaString).Fullname.ShouldBe("shop.Order");
    }

    [Fact]
    public async Task the_json_serializer_auto_registers_and_the_deserializer_decodes_through_the_node()
    {
        using var registry = ConfluentClients.Registry(setup.Node);
        var topic = RegistryClient.Unique("payments");
        setup.Cluster.CreateTopic(topic);
        var payments = Enumerable.Range(1, 5).Select(i => new Payment { Id = i, Currency = "EUR", Amount = i * 10.5 }).ToList();

        await ConfluentClients.ProduceAsync(setup.Cluster, topic, payments, new JsonSerializer<Payment>(registry));
        var consumed = ConfluentClients.Consume(setup.Cluster, topic, payments.Count, new JsonDeserializer<Payment>().AsSyncOverAsync());

        consumed.Select(p => $"{p.Id} {p.Currency} {p.Amount}").ShouldBe(payments.Select(p => $"{p.Id} {p.Currency} {p.Amount}"));
        var latest = await registry.GetLatestSchemaAsync($"{topic}-value");
        latest.SchemaType.ShouldBe(SchemaType.Json);
        latest.SchemaString.ShouldContain("\"Currency\"");
    }

    [Fact]
    public async Task a_protobuf_descriptor_registered_by_the_client_comes_back_serialized()
    {
        using var registry = ConfluentClients.Registry(setup.Node);
        var subject = RegistryClient.Unique("orders-value");
        var serialized = Descriptors.Base64(Descriptors.Order());

        var id = await registry.RegisterSchemaAsync(subject, new Confluent.SchemaRegistry.Schema(serialized, SchemaType.Protobuf));
        var asText = await registry.GetSchemaAsync(id);
        var asDescriptor = await registry.GetSchemaAsync(id, "serialized");
        var lookedUp = await registry.LookupSchemaAsync(subject, new Confluent.SchemaRegistry.Schema(serialized, SchemaType.Protobuf), ignoreDeletedSchemas: true);

        asText.SchemaType.ShouldBe(SchemaType.Protobuf);
        asText.SchemaString.ShouldContain("message Order {");
        var descriptor = Descriptors.Parse(asDescriptor.SchemaString);
        descriptor.MessageType.Single().Field.Select(f => f.Name).ShouldBe(["id", "email", "lines", "tags", "note", "status"]);
        lookedUp.Id.ShouldBe(id);
        lookedUp.Version.ShouldBe(1);
    }

    public sealed class Payment
    {
        public int Id { get; set; }

        public string Currency { get; set; } = "";

        public double Amount { get; set; }
    }
}
