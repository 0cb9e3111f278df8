using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog;

/// <summary>One table, view, file or topic, keyed "{sourceId}/{qualifiedName}".</summary>
[Alias("ds.catalog.IAssetGrain")]
public interface IAssetGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<string?> GetFingerprintAsync();

    Task<HarvestOutcome> ApplyHarvestAsync(AssetHarvest harvest);

    Task MarkDeletedAsync(string scanId, DateTimeOffset at);

    [ReadOnly]
    Task<AssetView?> GetAsync();

    /// <summary>Sets the glossary terms of the asset and its columns; unknown terms or columns change nothing.</summary>
    Task<SourceResult<AssetView>> SetTermsAsync(AssetTerms terms);

    /// <summary>Takes a term's new name (the term calls, so this never calls back), so search finds the new name.</summary>
    Task RenameTermAsync(TermRef term);

    /// <summary>Drops a deleted term from the asset and its columns.</summary>
    Task RemoveTermAsync(string termId);

    /// <summary>A steward accepts or rejects a suggested class; the decision outlives every re-scan. Answers the column.</summary>
    Task<SourceResult<AssetColumn>> DecideClassAsync(ClassDecisionRequest request);

    /// <summary>A steward sets a column's classes by hand (replacing the earlier manual ones). Answers the column.</summary>
    Task<SourceResult<AssetColumn>> SetManualClassesAsync(ManualClasses classes);

    /// <summary>A steward sets the description and owners of the asset or of one column. Answers the asset.</summary>
    Task<SourceResult<AssetView>> AnnotateAsync(AssetAnnotation annotation);
}
