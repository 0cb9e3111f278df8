using Orleans.Concurrency;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// One CDC route, keyed by its id. Its single activation owns the route's replication slot, so one reader exists in
/// the cluster; the reader runs in the background and a reminder brings it back after a silo restart.
/// </summary>
[Alias("ds.cdc.ICdcRouteGrain")]
public interface ICdcRouteGrain : IGrainWithStringKey
{
    /// <summary>Checks the route (catalog, residency) and starts it; a refused route changes nothing.</summary>
    Task<CdcResult<CdcRouteView>> CreateAsync(CdcRouteDefinition definition);

    [ReadOnly]
    Task<CdcRouteView?> GetAsync();

    Task<CdcResult<CdcRouteView>> PauseAsync();

    Task<CdcResult<CdcRouteView>> ResumeAsync();

    /// <summary>Stops the reader and drops the replication slot and publication; the sink keeps its tables.</summary>
    Task<CdcResult<bool>> DeleteAsync();

    Task<CdcResult<IReadOnlyList<CdcDeadLetter>>> ListDeadLettersAsync(int limit);

    /// <summary>Applies the dead letters again (after the sink was fixed); those that pass leave the queue.</summary>
    Task<CdcResult<CdcReplay>> ReplayDeadLettersAsync();
}
