namespace DataSpine.Registry.Compatibility.Protobuf;

public sealed class ProtoMessage(string name) : ProtoTypeElement(name)
{
    /// <summary>Fields outside any oneof, in declaration order.</summary>
    public List<ProtoField> Fields { get; } = [];

    public List<ProtoOneOf> OneOfs { get; } = [];

    /// <summary>Nested messages and enums in declaration order (message indexes depend on it).</summary>
    public List<ProtoTypeElement> NestedTypes { get; } = [];

    public List<ProtoReserved> Extensions { get; } = [];

    public IEnumerable<ProtoField> AllFields => Fields.Concat(OneOfs.SelectMany(o => o.Fields));

    public bool IsMapEntry => Options.Any(o => o.Name == "map_entry" && o.Value == "true");
}
