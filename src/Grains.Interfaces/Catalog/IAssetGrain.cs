using DataSpine.Runtime;

namespace DataSpine.Grains.Catalog;

/// <summary>One table, view, file or topic, keyed "{sourceId}/{qualifiedName}".</summary>
public interface IAssetGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<string?> GetFingerprintAsync();

    Task<HarvestOutcome> ApplyHarvestAsync(AssetHarvest harvest);

    Task MarkDeletedAsync(string scanId, DateTimeOffset at);

    [ReadOnly]
    Task<AssetView?> GetAsync();
}
