using DataSpine.Grains.Catalog.Connectors;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

public sealed class KafkaWireFormatTests
{
    [Fact]
    public void the_schema_id_is_the_big_endian_int_after_the_magic_byte()
    {
        KafkaWireFormat.TryReadSchemaId([0, 0, 0, 1, 2, 0x02, 0x10], out var id).ShouldBeTrue();
        id.ShouldBe(258);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'n', (byte)'"', (byte)':', (byte)'1', (byte)'}' })]
    [InlineData(new byte[] { 0, 0, 0, 1 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0 })]
    public void anything_else_is_not_wire_format(byte[] bytes) =>
        KafkaWireFormat.TryReadSchemaId(bytes, out _).ShouldBeFalse();

    [Fact]
    public void sampling_settings_come_from_the_connection_query_and_bad_ones_are_refused()
    {
        KafkaBootstrap.Parse("kafka://b1:9092,b2?sampleRecords=20&sampleSeconds=2", out var sampling, out var problem).ShouldBe("b1:9092,b2:9092");
        problem.ShouldBeNull();
        sampling.ShouldBe(new KafkaSampling(20, TimeSpan.FromSeconds(2)));
        KafkaBootstrap.Parse("b1:9092", out sampling, out _).ShouldBe("b1:9092");
        sampling.ShouldBe(KafkaSampling.Default);

        KafkaBootstrap.Parse("b1:9092?sampleRecords=20000", out _, out problem).ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("sampleRecords");
        KafkaBootstrap.Parse("b1:9092?group=x", out _, out problem).ShouldBeNull();
    }
}
