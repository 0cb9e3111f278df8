namespace DataSpine.Grains.Registry;

/// <summary>A reference as clients send it: the name used in the schema, and a subject version (-1: latest).</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.SchemaReference")]
public sealed record SchemaReference(string Name, string Subject, int Version);

/// <summary>A reference resolved to its schema text, in dependency order (dependencies first).</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.ResolvedSchemaReference")]
public sealed record ResolvedSchemaReference(string Name, string Subject, int Version, string SchemaText);
