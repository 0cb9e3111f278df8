using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog;

/// <summary>One scan of one source: lists the source's objects and fans out to their asset grains.</summary>
[Alias("ds.catalog.IScanJobGrain")]
public interface IScanJobGrain : IGrainWithStringKey
{
    /// <summary>Queues and starts the scan in the background; a second call changes nothing.</summary>
    Task<ScanView> StartAsync(string sourceId);

    [AlwaysInterleave]
    Task<ScanView?> GetAsync();

    /// <summary>Asks a running scan to stop; objects already taken in stay.</summary>
    [AlwaysInterleave]
    Task<ScanView?> CancelAsync();
}
