namespace DataSpine.Grains.Catalog;

/// <summary>A PII or semantic class found on a column, with how sure and why.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ColumnClass")]
public sealed record ColumnClass(string Class, double Confidence, IReadOnlyList<string> Evidence);

/// <summary>
/// A column with what the catalog knows about it. <see cref="Classifications"/> holds the effective classes
/// (accepted, set by hand, and suggestions nobody rejected); <see cref="Review"/> every class with its
/// suggestion and decision. <see cref="Description"/> and <see cref="Owners"/> are written by stewards.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.AssetColumn")]
public sealed record AssetColumn(
    string Name,
    int Ordinal,
    string DataType,
    bool Nullable,
    string? Default,
    string? Comment,
    IReadOnlyList<ColumnClass> Classifications,
    ColumnProfile? Profile,
    IReadOnlyList<TermRef>? Terms = null,
    IReadOnlyList<ClassReview>? Review = null,
    string? Description = null,
    IReadOnlyList<AssetOwner>? Owners = null);

/// <summary>A glossary term as an asset or column carries it.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TermRef")]
public sealed record TermRef(string Id, string Name);

/// <summary>Which glossary terms (by id) an asset carries, and which each of its columns carries; replaces what was there.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.AssetTerms")]
public sealed record AssetTerms(IReadOnlyList<string> Terms, IReadOnlyDictionary<string, IReadOnlyList<string>> Columns);

/// <summary>A schema change between two versions of an asset.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SchemaChange")]
public sealed record SchemaChange(string Kind, string Column, string? From, string? To);

/// <summary>One recorded version of an asset's schema.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.AssetVersion")]
public sealed record AssetVersion(int Version, string Fingerprint, DateTimeOffset At, string ScanId, IReadOnlyList<SchemaChange> Changes);

/// <summary>
/// Where a view's data comes from, parsed from its definition: upstream tables and column edges
/// ("schema.table.column" → "schema.view.column", DIRECT or INDIRECT), and what the parser could not resolve.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ViewLineage")]
public sealed record ViewLineage(IReadOnlyList<string> Upstream, IReadOnlyList<Lineage.SqlColumnEdge> ColumnEdges, IReadOnlyList<string> Problems, IReadOnlyList<string>? Targets = null);

/// <summary>What a scan hands to an asset grain.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.AssetHarvest")]
public sealed record AssetHarvest(
    string SourceId,
    string ScanId,
    HarvestedAsset Asset,
    TableProfile? Profile,
    IReadOnlyDictionary<string, IReadOnlyList<ColumnClass>> Classifications,
    DateTimeOffset SeenAt,
    ViewLineage? Lineage = null);

[GenerateSerializer, Alias("ds.catalog.HarvestOutcome")]
public enum HarvestOutcome
{
    Created,
    Changed,
    Unchanged,
    Restored,
}

/// <summary>
/// An asset as the API shows it. A topic also carries <see cref="Topic"/> and, in <see cref="Schemas"/>,
/// the registry subjects of its key and value (null for other assets); its columns come from the value schema.
/// <see cref="SampledSchemas"/> are the schema ids the last scan read in the topic's records, resolved to
/// subjects and versions in the registry.
/// <see cref="Owner"/> is what the source says (a table's owning role); <see cref="Owners"/> and
/// <see cref="Description"/> are written by stewards.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.AssetView")]
public sealed record AssetView(
    string Id,
    string SourceId,
    string QualifiedName,
    string? Schema,
    string Name,
    AssetType Type,
    IReadOnlyList<AssetColumn> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKeyInfo> ForeignKeys,
    string? Comment,
    string? Owner,
    long? RowCount,
    bool ProfileSampled,
    string? Definition,
    ViewLineage? Lineage,
    string Fingerprint,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    bool Deleted,
    DateTimeOffset? DeletedAt,
    IReadOnlyList<AssetVersion> Versions,
    TopicInfo? Topic = null,
    IReadOnlyList<TopicSchemaLink>? Schemas = null,
    IReadOnlyList<TermRef>? Terms = null,
    string? Description = null,
    IReadOnlyList<AssetOwner>? Owners = null,
    IReadOnlyList<TopicSchemaUse>? SampledSchemas = null);
