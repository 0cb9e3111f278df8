using DataSpine.Grains.Catalog;

namespace DataSpine.Grains.Residency;

/// <summary>The columns of a catalogued asset with the classes the catalog found on them.</summary>
public static class AssetClasses
{
    public static IReadOnlyList<ClassifiedColumn> Columns(AssetView asset, string? prefix = null) =>
        asset.Columns.Select(c => new ClassifiedColumn(prefix + c.Name, c.Classifications.Select(k => k.Class).ToList())).ToList();
}
