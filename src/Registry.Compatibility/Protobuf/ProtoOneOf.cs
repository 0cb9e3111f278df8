namespace DataSpine.Registry.Compatibility.Protobuf;

public sealed record ProtoOneOf(string Name, IReadOnlyList<ProtoField> Fields, IReadOnlyList<ProtoOption> Options);
