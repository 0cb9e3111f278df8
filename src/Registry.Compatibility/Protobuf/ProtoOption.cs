namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>An option as written: <c>(my.ext).field = value</c>; aggregate values are kept as text.</summary>
public sealed record ProtoOption(string Name, string Value);
