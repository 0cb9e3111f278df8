namespace DataSpine.Grains.Catalog;

/// <summary>One column as the source describes it.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ColumnInfo")]
public sealed record ColumnInfo(
    string Name,
    int Ordinal,
    string DataType,
    bool Nullable,
    string? Default = null,
    string? Comment = null);

/// <summary>A foreign key: these columns reference those columns of another asset.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ForeignKeyInfo")]
public sealed record ForeignKeyInfo(
    string Name,
    IReadOnlyList<string> Columns,
    string ReferencedAsset,
    IReadOnlyList<string> ReferencedColumns);

/// <summary>
/// One object of a source with its schema, as a connector harvested it. <see cref="Fingerprint"/> changes
/// exactly when the schema does (columns, keys, definition; a topic's partitions and configs), so
/// unchanged objects can be skipped. <see cref="Topic"/> is set for Kafka topics only.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.HarvestedAsset")]
public sealed record HarvestedAsset(
    string QualifiedName,
    string? Schema,
    string Name,
    AssetType Type,
    IReadOnlyList<ColumnInfo> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKeyInfo> ForeignKeys,
    string? Comment,
    string? Owner,
    long? RowEstimate,
    string? Definition,
    string Fingerprint,
    TopicInfo? Topic = null);
