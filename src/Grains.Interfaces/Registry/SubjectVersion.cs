namespace DataSpine.Grains.Registry;

/// <summary>One version of a subject, as GET /subjects/{s}/versions/{v} shows it.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.SubjectVersion")]
public sealed record SubjectVersion(
    string Subject,
    int Version,
    int Id,
    string SchemaType,
    string Schema,
    IReadOnlyList<SchemaReference> References,
    bool Deleted,
    string? Semver = null)
{
    /// <summary>The metadata property that carries a version's semantic version.</summary>
    public const string SemverProperty = "dataspine.semver";

    /// <summary>Confluent's metadata properties of this version; null when it has none.</summary>
    public IReadOnlyDictionary<string, string>? MetadataProperties() =>
        Semver is null ? null : new Dictionary<string, string> { [SemverProperty] = Semver };
}

/// <summary>A subject and version that use a schema id.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.SubjectVersionRef")]
public sealed record SubjectVersionRef(string Subject, int Version);

/// <summary>A subject version's use of a schema id.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.SchemaUsage")]
public sealed record SchemaUsage(int Id, string Subject, int Version);
