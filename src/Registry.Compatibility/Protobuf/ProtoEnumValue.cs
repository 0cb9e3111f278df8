namespace DataSpine.Registry.Compatibility.Protobuf;

public sealed record ProtoEnumValue(string Name, int Number, IReadOnlyList<ProtoOption> Options);
