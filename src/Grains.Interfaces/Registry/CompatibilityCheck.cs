namespace DataSpine.Grains.Registry;

/// <summary>A compatibility check against one version (or -1: latest), or against all versions when null.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.CompatibilityCheckRequest")]
public sealed record CompatibilityCheckRequest(SchemaInput Schema, int? Version);

/// <summary>The outcome; messages follow Confluent's verbose format.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.CompatibilityCheckResult")]
public sealed record CompatibilityCheckResult(bool IsCompatible, IReadOnlyList<string> Messages);
