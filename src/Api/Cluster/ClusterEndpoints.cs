using DataSpine.Api.Security;
using DataSpine.Grains.Security;
namespace DataSpine.Api.Cluster;

/// <summary>What the cluster is made of: live silos, their uptime and activations per grain type (from Orleans' management grain).</summary>
public static class ClusterEndpoints
{
    public static RouteGroupBuilder MapClusterEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cluster").WithTags("Cluster");
        group.MapGet("/silos", GetSilosAsync).WithName("GetSilos").Allow(Role.Viewer).WithSummary("Live silos with their activation counts by grain type.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SiloStatistics>>> GetSilosAsync(IGrainFactory grains, TimeProvider clock)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: true);
        var statistics = await management.GetSimpleGrainStatistics();
        var now = clock.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<SiloStatistics>>([.. hosts.OrderBy(h => h.SiloAddress.ToParsableString(), StringComparer.Ordinal).Select(host =>
        {
            var types = statistics.Where(s => s.SiloAddress.Equals(host.SiloAddress) && s.ActivationCount > 0)
                .GroupBy(s => GrainTypeName(s.GrainType))
                .Select(g => new GrainTypeStatistics(g.Key, g.Sum(s => s.ActivationCount)))
                .OrderBy(t => t.GrainType, StringComparer.Ordinal)
                .ToList();
            var started = new DateTimeOffset(DateTime.SpecifyKind(host.StartTime, DateTimeKind.Utc));
            return new SiloStatistics(host.SiloAddress.ToParsableString(), host.SiloName, started,
                Math.Round((now - started).TotalSeconds, 1), types.Sum(t => t.Activations), types);
        })]);
    }

    /// <summary>"DataSpine.Grains.Catalog.Assets.AssetGrain,DataSpine.Grains" → "asset", as Orleans names grain types by default.</summary>
    private static string GrainTypeName(string className)
    {
        var type = className.Split(',')[0];
        var name = type[(type.LastIndexOf('.') + 1)..];
        name = name.Contains('`', StringComparison.Ordinal) ? name[..name.IndexOf('`', StringComparison.Ordinal)] : name;
        return (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name).ToLowerInvariant();
    }
}

/// <summary>Activations of one grain type on one silo.</summary>
public sealed record GrainTypeStatistics(string GrainType, int Activations);

/// <summary>One live silo as the API shows it.</summary>
public sealed record SiloStatistics(string Silo, string Name, DateTimeOffset StartedAt, double UptimeSeconds, int TotalActivations, IReadOnlyList<GrainTypeStatistics> GrainTypes);
