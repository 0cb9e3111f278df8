namespace DataSpine.Grains.Registry;

/// <summary>A schema as a client submits it for register, lookup or a compatibility check.</summary>
/// <param name="Schema">The schema text.</param>
/// <param name="SchemaType">AVRO, JSON or PROTOBUF; null means AVRO.</param>
/// <param name="References">References to other subjects' versions.</param>
/// <param name="Normalize">Store the canonical form instead of the text given.</param>
[GenerateSerializer, Immutable, Alias("ds.registry.SchemaInput")]
public sealed record SchemaInput(string Schema, string? SchemaType, IReadOnlyList<SchemaReference> References, bool Normalize = false);

/// <summary>A register request; <paramref name="Id"/> and <paramref name="Version"/> are only allowed in IMPORT mode.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.RegisterSchemaRequest")]
public sealed record RegisterSchemaRequest(SchemaInput Schema, int? Id = null, int? Version = null);
