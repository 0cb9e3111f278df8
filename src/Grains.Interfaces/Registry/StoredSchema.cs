namespace DataSpine.Grains.Registry;

/// <summary>A schema by global id: its text, type and references (GET /schemas/ids/{id}).</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.StoredSchema")]
public sealed record StoredSchema(int Id, string SchemaType, string Schema, IReadOnlyList<SchemaReference> References);

/// <summary>What the id allocator needs to know of a schema; the fingerprint covers canonical form, type and references.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.SchemaIdRequest")]
public sealed record SchemaIdRequest(
    string Fingerprint,
    string SchemaType,
    string Schema,
    IReadOnlyList<SchemaReference> References,
    string Subject,
    int Version,
    int? ExplicitId);
