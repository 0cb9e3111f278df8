namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>An import; <see cref="Modifier"/> is "public", "weak" or null.</summary>
public sealed record ProtoImport(string Path, string? Modifier);
