namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>A service: parsed and kept in the canonical text, ignored for compatibility.</summary>
public sealed class ProtoService(string name)
{
    public string Name { get; } = name;

    public List<ProtoRpc> Rpcs { get; } = [];

    public List<ProtoOption> Options { get; } = [];
}
