namespace DataSpine.Grains.Registry;

/// <summary>A compatibility check against one version (or -1: latest), or against all versions when null.</summary>
public sealed record CompatibilityCheckRequest(SchemaInput Schema, int? Version);

/// <summary>The outcome; messages follow Confluent's verbose format.</summary>
public sealed record CompatibilityCheckResult(bool IsCompatible, IReadOnlyList<string> Messages);
