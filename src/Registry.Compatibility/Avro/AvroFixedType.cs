namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroFixedType(string name, string? space, int size) : AvroNamedType(AvroKind.Fixed, name, space)
{
    public int Size { get; } = size;
}
