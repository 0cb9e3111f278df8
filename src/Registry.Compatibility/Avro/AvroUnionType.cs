namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroUnionType(IReadOnlyList<AvroType> branches) : AvroType(AvroKind.Union)
{
    public IReadOnlyList<AvroType> Branches { get; } = branches;
}
