namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>A message or enum declaration.</summary>
public abstract class ProtoTypeElement(string name)
{
    public string Name { get; } = name;

    public List<ProtoOption> Options { get; } = [];

    public List<ProtoReserved> Reserved { get; } = [];
}
