using DataSpine.Benchmarks.Catalog;
using DataSpine.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>
/// Failover on Orleans: three DataSpine.Silo.dll processes on the bench PostgreSQL, this process an Orleans
/// client. Each SIGKILL round is set beside the reads of the same grains before the kill, and beside the
/// detection bound its membership settings give; a SIGTERM of a silo in the same cluster closes each set.
/// After each kill a new silo joins, so every round starts from three. Run at DataSpine's documented
/// production settings (src/Hosting/MembershipDefaults.cs) and at tight settings.
/// </summary>
internal static class FailoverBenchmark
{
    public static readonly IReadOnlyDictionary<string, string> Production = new Dictionary<string, string>();

    public static readonly IReadOnlyDictionary<string, string> Tight = new Dictionary<string, string>
    {
        ["ProbeTimeout"] = "00:00:01",
        ["NumMissedProbesLimit"] = "2",
        ["TableRefreshTimeout"] = "00:00:01",
    };

    /// <summary>The client's Runtime:CallTimeout: DataSpine's default, as an api process runs.</summary>
    private static readonly TimeSpan s_clientCallTimeout = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(string? only = null)
    {
        if (BenchPostgres.Admin is not { } admin)
        {
            Console.WriteLine("Failover: DATASPINE_BENCH_POSTGRES not set; skipped.");
            return;
        }

        Console.WriteLine("Failover, 3 silo processes on one PostgreSQL + this process as Orleans client, 300 fresh glossary terms a round:");
        if (only is null or "production")
        {
            await RunAsync(admin, "production", Production, kills: 2, target: TimeSpan.FromSeconds(10));
        }

        if (only is null or "tight")
        {
            await RunAsync(admin, "tight", Tight, kills: 2, target: TimeSpan.FromSeconds(3));
        }
    }

    private static async Task RunAsync(string admin, string name, IReadOnlyDictionary<string, string> membership, int kills, TimeSpan target)
    {
        var options = new ClusterMembershipOptions();
        MembershipDefaults.Apply(options);
        new ConfigurationBuilder().AddInMemoryCollection(membership.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))).Build().Bind(options);
        // A killed silo's port refuses at once, so each probe fails fast: dead after about NumMissedProbesLimit probe
        // periods (a probe every ProbeTimeout), then survivors and the client learn it at once or within a table refresh.
        var bound = (options.NumMissedProbesLimit * options.ProbeTimeout) + options.TableRefreshTimeout;
        Console.WriteLine($"  {name} settings: ProbeTimeout {Seconds(options.ProbeTimeout)}, NumMissedProbesLimit {options.NumMissedProbesLimit}, "
            + $"TableRefreshTimeout {Seconds(options.TableRefreshTimeout)}, NumVotesForDeathDeclaration {options.NumVotesForDeathDeclaration}; "
            + $"bound {options.NumMissedProbesLimit} x {Seconds(options.ProbeTimeout)} + {Seconds(options.TableRefreshTimeout)} = {Seconds(bound)}; target all answered <= {Seconds(target)}");

        var database = await BenchPostgres.CreateDatabaseAsync(admin, $"bench_failover_{name}");
        await using var cluster = await SiloCluster.StartAsync(database, silos: 3, membership, clientCallTimeout: s_clientCallTimeout);
        for (var round = 1; round <= kills + 1; round++)
        {
            var graceful = round > kills;
            var times = await FailoverRound.RunAsync(cluster, name, round, graceful);
            Measure.Row(graceful ? "SIGTERM (graceful): same reads before the stop (baseline)" : $"SIGKILL {round}: same reads before the kill (baseline)",
                $"{Seconds(times.Baseline)} for {times.Owned} grains");
            Measure.Row(graceful ? "SIGTERM: declared dead / first answer / all answered" : $"SIGKILL {round}: declared dead / first answer / all answered",
                $"{(times.DeclaredDead is { } dead ? Seconds(dead) : "not seen")} / {Seconds(times.FirstAnswer)} / {Seconds(times.AllAnswered)}"
                + (graceful ? string.Empty : $"  = {times.AllAnswered / bound:F2} of bound, {(times.AllAnswered <= target ? "within" : "OVER")} target {Seconds(target)}"));
            Measure.Row(graceful ? "SIGTERM: a call made at the signal ended after" : $"SIGKILL {round}: a call made at the kill ended after (worst)",
                $"{Seconds(times.InFlightEnded)}; {times.InFlightHung} of {times.Owned} still waiting 1 s after all answered (client call timeout {Seconds(s_clientCallTimeout)})");
            Measure.Row(graceful ? "SIGTERM: lost acknowledged writes" : $"SIGKILL {round}: lost acknowledged writes", $"{times.Lost} of {times.Written}  (target 0; {times.Retried} saves failed before the round and were retried)");
            if (!graceful)
            {
                await cluster.AddSiloAsync();
            }
        }
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.0#} s";
}
