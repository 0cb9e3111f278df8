namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroArrayType(AvroType items) : AvroType(AvroKind.Array)
{
    public AvroType Items { get; } = items;
}
