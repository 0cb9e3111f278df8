using DataSpine.Runtime;
using DataSpine.Runtime.Management;

namespace DataSpine.Api.Cluster;

/// <summary>What the cluster is made of: silos, their uptime and activations per grain type.</summary>
public static class ClusterEndpoints
{
    public static RouteGroupBuilder MapClusterEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cluster").WithTags("Cluster");
        group.MapGet("/silos", GetSilosAsync).WithName("GetSilos").WithSummary("Silos with their activation counts by grain type.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SiloStatistics>>> GetSilosAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IManagementGrain>("cluster").GetSilosAsync());
}
