namespace DataSpine.Grains.Catalog;

/// <summary>What kind of data object an asset is.</summary>
[GenerateSerializer, Alias("ds.catalog.AssetType")]
public enum AssetType
{
    Table,
    View,
    MaterializedView,
    PartitionedTable,
    File,
    Topic,
}
