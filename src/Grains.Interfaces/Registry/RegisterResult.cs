namespace DataSpine.Grains.Registry;

/// <summary>The id (and version) a registration produced or found.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.RegisterResult")]
public sealed record RegisterResult(int Id, int Version);
