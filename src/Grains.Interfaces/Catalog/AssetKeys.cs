namespace DataSpine.Grains.Catalog;

/// <summary>Asset ids are "{sourceId}/{qualifiedName}": stable across scans, unique across sources.</summary>
public static class AssetKeys
{
    public static string For(string sourceId, string qualifiedName) => $"{sourceId}/{qualifiedName}";
}
