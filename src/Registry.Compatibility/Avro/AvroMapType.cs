namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroMapType(AvroType values) : AvroType(AvroKind.Map)
{
    public AvroType Values { get; } = values;
}
