using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime.Management;
using Xunit.Abstractions;

namespace DataSpine.Cluster.Tests.Dashboard;

/// <summary>Three silo processes; the dashboard of one of them, in headless Chromium, shows the whole cluster and then a killed silo as dead.</summary>
public sealed class ClusterDashboardBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task one_silos_dashboard_lists_every_silo_and_then_the_killed_one_as_dead()
    {
        // Chromium and three silos share two cores here, so a live silo can go unanswered for seconds: this test is about the
        // dashboard, not detection speed, so it suspects later than the failover tests do (one CI run saw a live silo voted out).
        var patient = new Dictionary<string, string>(TestCluster.Timings) { ["Cluster__ProbeTimeout"] = "00:00:05", ["Cluster__MissedProbesLimit"] = "4" };
        await using var cluster = await TestCluster.StartAsync(silos: 3, timings: patient);
        var counters = Enumerable.Range(0, 60).Select(i => cluster.Grains.GetGrain<ICounterGrain>($"dashboard-{i}")).ToList();
        await Task.WhenAll(counters.Select(c => c.AddAsync(1)));
        await cluster.Grains.GetGrain<ITickerGrain>("dashboard-ticker").StartAsync(TimeSpan.FromMinutes(10));
        using var stop = new CancellationTokenSource();
        var traffic = KeepCallingAsync(counters, stop.Token);

        var shots = Directory.CreateTempSubdirectory("dataspine-cluster-dashboard-shots-").FullName;
        output.WriteLine($"screenshots in {shots}");
        var watched = cluster.Silos[0];
        var victim = cluster.Silos[2];
        var live = await DashboardBrowser.RunAsync(ClusterDashboardScript.Text, watched.PublicUrl, shots, "live", string.Join(',', cluster.Silos.Select(Listed)));
        output.WriteLine(live.Output);
        live.ExitCode.ShouldBe(0, $"{live.Output}\n--- watched silo's log (tail) ---\n{Tail(watched)}");
        live.Output.ShouldContain("dashboard proof passed");

        victim.Kill();
        await TestCluster.WaitForAsync(async () => await cluster.StatusAsync(victim) == SiloStatus.Dead, TimeSpan.FromSeconds(20),
            () => $"the killed silo was not declared dead:\n{Tail(watched)}");
        var killed = await DashboardBrowser.RunAsync(ClusterDashboardScript.Text, watched.PublicUrl, shots, "killed", Listed(victim));
        output.WriteLine(killed.Output);
        killed.ExitCode.ShouldBe(0, $"{killed.Output}\n--- watched silo's log (tail) ---\n{Tail(watched)}");
        killed.Output.ShouldContain("dashboard proof passed");

        await stop.CancelAsync();
        await traffic;
    }

    /// <summary>How the dashboard names a silo: its membership address (host:port:generation), here without the generation.</summary>
    private static string Listed(SiloProcess silo) => $"127.0.0.1:{silo.SiloPort}:";

    private static string Tail(SiloProcess silo) => string.Join('\n', silo.Log.Split('\n').TakeLast(20));

    /// <summary>Calls on every silo while the page is open, so its charts have lines to draw.</summary>
    private static async Task KeepCallingAsync(List<ICounterGrain> counters, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.WhenAll(counters.Select(c => c.GetAsync()));
                await Task.Delay(100, stop);
            }
            catch (Exception error) when (error is TimeoutException or OperationCanceledException)
            {
                // A silo just died, or the test is done.
            }
        }
    }
}
