using Orleans.Configuration;

namespace DataSpine.Hosting;

/// <summary>
/// Failure detection tuned for a small cluster on one PostgreSQL, overridable under Cluster:Membership.
/// Orleans' defaults (5 s probes, 60 s table refresh) take 11–14 s to declare a killed silo dead here;
/// 2 s probes with 3 misses take about 6–8 s and still ride out a GC pause or a busy core
/// (see docs/cluster.md for the figures and the tighter test settings).
/// </summary>
public static class MembershipDefaults
{
    public static void Apply(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(2);
        options.NumMissedProbesLimit = 3;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(10);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(30);
        options.DefunctSiloExpiration = TimeSpan.FromDays(1);
    }
}
