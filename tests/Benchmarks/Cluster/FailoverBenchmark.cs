using DataSpine.Benchmarks.Catalog;
using DataSpine.Benchmarks.Runtime;
using DataSpine.Runtime.Cluster;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>
/// Failover time (issue 6): three real silo processes (SIGKILL needs separate processes) over the bench
/// PostgreSQL, this process as the api client. Each SIGKILL round is set beside the bound that the
/// configured timings give; a SIGTERM of a silo in the same cluster is the baseline. After each round a
/// new silo joins, so every round starts from three.
/// </summary>
internal static class FailoverBenchmark
{
    public static async Task RunAsync()
    {
        if (BenchPostgres.Admin is not { } admin)
        {
            Console.WriteLine("Failover: DATASPINE_BENCH_POSTGRES not set; skipped.");
            return;
        }

        Console.WriteLine("Failover, 3 silo processes on loopback + this process as api client, 300 fresh grains a round:");
        await RunAsync(admin, "test timings", TestCluster.Timings, kills: 3);
        await RunAsync(admin, "default timings", new Dictionary<string, string>(), kills: 2);
        Console.WriteLine("  (a killed process's port refuses at once, so no probe waits out its timeout: expect dead after"
            + " (missed - 1)..missed periods, the first answer within a table refresh or the client's retry after that)");
    }

    private static async Task RunAsync(string admin, string name, IReadOnlyDictionary<string, string> timings, int kills)
    {
        var options = TestCluster.OptionsOf(timings, ClusterRole.Silo);
        var bound = (options.MissedProbesLimit * options.ProbePeriod) + options.ProbeTimeout + options.TableRefreshPeriod;
        Console.WriteLine($"  {name}: probe every {Seconds(options.ProbePeriod)}, timeout {Seconds(options.ProbeTimeout)}, {options.MissedProbesLimit} missed, "
            + $"table refresh {Seconds(options.TableRefreshPeriod)}; bound {options.MissedProbesLimit} x {Seconds(options.ProbePeriod)} + "
            + $"{Seconds(options.ProbeTimeout)} + {Seconds(options.TableRefreshPeriod)} = {Seconds(bound)}");

        var database = await BenchPostgres.CreateDatabaseAsync(admin, $"bench_failover_{name.Split(' ')[0]}");
        await using var cluster = await TestCluster.StartAsync(silos: 3, database, timings);
        for (var round = 1; round <= kills + 1; round++)
        {
            var graceful = round > kills;
            var times = await FailoverRound.RunAsync(cluster, round, graceful, options.NewSiloGracePeriod);
            Measure.Row(graceful ? "SIGTERM (baseline): dead / first answer / all answered" : $"SIGKILL {round}: dead / first answer / all answered",
                $"{Seconds(times.DeclaredDead)} / {Seconds(times.FirstAnswer)} / {Seconds(times.AllAnswered)}"
                + (graceful ? string.Empty : $"  = {times.DeclaredDead / bound:F2} / {times.FirstAnswer / bound:F2} / {times.AllAnswered / bound:F2} of bound")
                + $"  ({times.Intact}/{times.Grains} grains with state)");
            if (!graceful)
            {
                await cluster.AddSiloAsync();
            }
        }
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.0#} s";
}
