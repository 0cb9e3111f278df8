using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime.Management;
using Xunit.Abstractions;

namespace DataSpine.Cluster.Tests;

/// <summary>Three silo processes and this process as the api: placement spreads grains, and a killed silo's grains come back with their state.</summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int GrainCount = 1000;

    [Fact]
    public async Task a_killed_silos_grains_answer_again_with_their_state_within_15_seconds()
    {
        await using var cluster = await TestCluster.StartAsync(silos: 3);
        var grains = Enumerable.Range(0, GrainCount).Select(i => cluster.Grains.GetGrain<ICounterGrain>($"counter-{i}")).ToList();
        var load = Stopwatch.StartNew();
        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (g, _) => (await g.AddAsync(1)).ShouldBe(1));
        output.WriteLine($"{GrainCount} first writes: {load.Elapsed.TotalSeconds:0.0} s");

        var perSilo = await CountersPerSiloAsync(cluster.Silos[0], [.. cluster.Silos]);
        perSilo.ShouldAllBe(count => count > GrainCount / 10, $"activations per silo: {string.Join(", ", perSilo)}");
        perSilo.Sum().ShouldBe(GrainCount);

        var victim = cluster.Silos[1];
        var killed = Stopwatch.StartNew();
        victim.Kill();
        await TestCluster.WaitForAsync(async () => await cluster.StatusAsync(victim) == SiloStatus.Dead, TimeSpan.FromSeconds(10),
            () => $"the killed silo was not declared dead:\n{cluster.Silos[0].Log}");
        var declaredDead = killed.Elapsed;

        // Every acknowledged write is there, and every grain takes writes again.
        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (g, _) => (await g.AddAsync(1)).ShouldBe(2));
        var allAnswered = killed.Elapsed;
        output.WriteLine($"declared dead after {declaredDead.TotalSeconds:0.0} s; all {GrainCount} grains written again after {allAnswered.TotalSeconds:0.0} s");

        declaredDead.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        allAnswered.ShouldBeLessThan(TimeSpan.FromSeconds(15), $"declared dead after {declaredDead.TotalSeconds:0.0} s");
        var survivors = await CountersPerSiloAsync(cluster.Silos[2], [cluster.Silos[0], cluster.Silos[2]]);
        survivors.Sum().ShouldBe(GrainCount);
    }

    /// <summary>
    /// Counter activations per silo, from one silo's cluster-wide view (every live silo's snapshot, as the
    /// dashboard reads it). A silo too busy to answer within the snapshot timeout is left out of one
    /// answer, so this asks again until every silo reported.
    /// </summary>
    private static async Task<int[]> CountersPerSiloAsync(SiloProcess ask, SiloProcess[] silos)
    {
        using var http = new HttpClient();
        Dictionary<string, int> reported = [];
        await TestCluster.WaitForAsync(async () =>
        {
            ask.HasExited.ShouldBeFalse($"the silo exited:\n{ask.Log}");
            var answer = await http.GetFromJsonAsync<JsonElement>($"{ask.PublicUrl}/api/v1/cluster/silos");
            reported = answer.EnumerateArray().ToDictionary(
                s => s.GetProperty("silo").GetString()!.Split(':')[^1],
                s => s.GetProperty("grainTypes").EnumerateArray()
                    .Where(t => t.GetProperty("grainType").GetString() == "counter")
                    .Sum(t => t.GetProperty("activations").GetInt32()));
            return reported.Count == silos.Length;
        }, TimeSpan.FromSeconds(15), () => $"silos reported: {string.Join(", ", reported.Keys)}; expected {silos.Length}");
        return [.. silos.Select(s => reported[s.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)])];
    }
}
