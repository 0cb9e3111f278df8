using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog;

/// <summary>A registered data source, keyed by its id.</summary>
[Alias("ds.catalog.ISourceGrain")]
public interface ISourceGrain : IGrainWithStringKey
{
    Task<SourceResult<SourceView>> CreateAsync(SourceDefinition definition);

    Task<SourceResult<SourceView>> UpdateAsync(SourceDefinition definition);

    [ReadOnly]
    Task<SourceView?> GetAsync();

    Task<bool> DeleteAsync();

    Task<SourceResult<ConnectionTest>> TestConnectionAsync();

    /// <summary>Starts a scan, or answers the scan already started with the same idempotency key.</summary>
    Task<SourceResult<ScanStarted>> StartScanAsync(string? idempotencyKey);

    /// <summary>For the scan job only: the decrypted connection, type and options.</summary>
    Task<SourceDefinition?> GetDefinitionAsync();

    [ReadOnly]
    Task<IReadOnlyList<KnownAsset>> GetKnownAssetsAsync();

    /// <summary>The source's latest scans (at most 50), newest first; null when there is no such source.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ScanSummary>?> GetScanHistoryAsync();

    /// <summary>Called by a scan when it ends: what it saw replaces what was known (null: keep it, as after a cancel).</summary>
    Task CompleteScanAsync(ScanSummary scan, IReadOnlyList<KnownAsset>? known);
}
