using Orleans.Concurrency;

namespace DataSpine.Grains.Residency;

/// <summary>The residency matrix of the cluster (one grain, key "all"): read on route creation and evaluation, written by admins.</summary>
[Alias("ds.residency.IResidencyMatrixGrain")]
public interface IResidencyMatrixGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<ResidencyMatrix> GetAsync();

    /// <summary>Replaces the matrix; an invalid one changes nothing.</summary>
    Task<ResidencyResult<ResidencyMatrix>> PutAsync(ResidencyMatrix matrix);

    /// <summary>Whether these columns may go to the region, with every reason.</summary>
    [ReadOnly]
    Task<ResidencyResult<ResidencyDecision>> EvaluateAsync(IReadOnlyList<ClassifiedColumn> columns, string region);

    /// <summary>Whether the columns of a catalogued asset ("{sourceId}/{qualifiedName}") may go to the region, with the classes the catalog holds.</summary>
    [ReadOnly]
    Task<ResidencyResult<ResidencyDecision>> EvaluateAssetAsync(string assetId, string region);
}
