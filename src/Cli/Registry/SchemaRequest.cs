namespace DataSpine.Cli.Registry;

/// <summary>The body of register, lint and compatibility requests (Confluent's shape).</summary>
internal sealed record SchemaRequest(string Schema, string SchemaType, IReadOnlyList<SchemaReferenceRequest> References);

/// <summary>A reference to another subject's version; -1 is its latest, resolved by the registry.</summary>
internal sealed record SchemaReferenceRequest(string Name, string Subject, int Version);
