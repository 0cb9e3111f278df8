namespace DataSpine.Registry.Compatibility.Protobuf;

public sealed class ProtoEnum(string name) : ProtoTypeElement(name)
{
    public List<ProtoEnumValue> Values { get; } = [];
}
