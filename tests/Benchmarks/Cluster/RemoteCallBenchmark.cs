using System.Diagnostics;
using DataSpine.Benchmarks.Catalog;
using DataSpine.Grains.Glossary;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>
/// Remote grain calls between two silo processes on loopback sharing a PostgreSQL membership, 32 callers, beside
/// the transport floor measured in the same run (the same callers doing request/response round trips over plain
/// loopback TCP) and beside local calls:
/// <list type="bullet">
/// <item>silo to silo: this benchmark in its silo mode (DataSpine's UseDataSpine wiring plus the bench grains), 32
/// caller grains each pinging grains that live on the other silo; the baseline is the same callers pinging grains
/// on their own silo;</item>
/// <item>client to silos: two DataSpine.Silo.dll processes, this process an Orleans client (as an api process)
/// reading glossary terms (a [ReadOnly] call answered from memory) spread over both.</item>
/// </list>
/// </summary>
internal static class RemoteCallBenchmark
{
    private const int Grains = 400;
    private const int Callers = 32;
    private static readonly TimeSpan s_duration = TimeSpan.FromSeconds(5);

    public static async Task RunAsync()
    {
        if (BenchPostgres.Admin is not { } admin)
        {
            Console.WriteLine("Remote calls: DATASPINE_BENCH_POSTGRES not set; skipped.");
            return;
        }

        await SiloToSiloAsync(admin);
        await ClientToSilosAsync(admin);
    }

    private static async Task SiloToSiloAsync(string admin)
    {
        var database = await BenchPostgres.CreateDatabaseAsync(admin, "bench_remote_silos");
        await using var cluster = await SiloCluster.StartAsync(database, silos: 2, new Dictionary<string, string>(), TimeSpan.FromSeconds(30), benchSilos: true);
        var keys = Enumerable.Range(0, Grains).Select(i => $"ping-{i}").ToList();
        var callers = Enumerable.Range(0, Callers).Select(c => cluster.Client.GetGrain<IPingCallerGrain>($"caller-{c}")).ToList();

        Console.WriteLine($"Remote grain calls, silo to silo: 2 silo processes on loopback (this benchmark's silo mode), {Callers} caller grains, "
            + $"{Grains} ping grains, {s_duration.TotalSeconds:0} s per figure:");
        var (tcpRate, tcpLatency) = await LoopbackEcho.MeasureAsync(Callers, s_duration);
        var remote = await RateAsync(callers, keys, remote: true);
        var local = await RateAsync(callers, keys, remote: false);
        Measure.Row($"{Callers} callers: loopback TCP round trips (baseline)", $"{tcpRate:N0}/s, p50 {Measure.Percentile(tcpLatency, 50):N3} ms");
        Measure.Row($"{Callers} callers: local grain calls inside each silo (baseline)", $"{local.Rate:N0}/s  (targets on own silo: {local.Targets})");
        Measure.Row($"{Callers} callers: remote grain calls between the silos", $"{remote.Rate:N0}/s  ratio {remote.Rate / tcpRate:F2} of TCP, "
            + $"{remote.Rate / local.Rate:F2} of local  (target >= 100,000/s; targets on the other silo: {remote.Targets})");
    }

    private static async Task<(double Rate, int Targets)> RateAsync(List<IPingCallerGrain> callers, List<string> keys, bool remote)
    {
        var targets = await Task.WhenAll(callers.Select(c => c.PrepareAsync(keys, remote)));
        await Task.WhenAll(callers.Select(c => c.CallForAsync(TimeSpan.FromSeconds(0.5)))); // warm
        var started = Stopwatch.GetTimestamp();
        var calls = await Task.WhenAll(callers.Select(c => c.CallForAsync(s_duration)));
        return (calls.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds, targets.Sum());
    }

    private static async Task ClientToSilosAsync(string admin)
    {
        var database = await BenchPostgres.CreateDatabaseAsync(admin, "bench_remote");
        await using var cluster = await SiloCluster.StartAsync(database, silos: 2, new Dictionary<string, string>(), TimeSpan.FromSeconds(30));
        var terms = Enumerable.Range(0, Grains).Select(i => cluster.Client.GetGrain<IGlossaryTermGrain>($"bench-remote-{i}")).ToList();
        await Parallel.ForEachAsync(terms.Take(Grains / 2), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (term, _) =>
            await term.CreateAsync(new TermDefinition($"Remote {term.GetPrimaryKeyString()}", "A term read by the remote-call benchmark.", [], null), TermStatus.Approved));
        var placed = new Dictionary<int, int>();
        foreach (var term in terms)
        {
            await term.GetAsync(); // activates every grain before timing
            var owner = await cluster.OwnerOfAsync(term);
            placed[owner?.SiloPort ?? 0] = placed.GetValueOrDefault(owner?.SiloPort ?? 0) + 1;
        }

        Console.WriteLine($"Remote grain calls, client to silos: this process as Orleans client of 2 DataSpine.Silo.dll processes, {Grains} glossary-term "
            + $"grains (placed {string.Join(" / ", placed.Values)}), {s_duration.TotalSeconds:0} s per figure:");
        foreach (var callers in new[] { 1, Callers })
        {
            var (tcpRate, tcpLatency) = await LoopbackEcho.MeasureAsync(callers, s_duration);
            var (rate, latency) = await MeasureAsync(terms, callers);
            Measure.Row($"{callers} caller(s): loopback TCP (baseline), p50 / p99",
                $"{tcpRate:N0}/s, {Measure.Percentile(tcpLatency, 50):N3} / {Measure.Percentile(tcpLatency, 99):N3} ms");
            Measure.Row($"{callers} caller(s): grain calls/s, p50 / p99",
                $"{rate:N0}/s, {Measure.Percentile(latency, 50):N3} / {Measure.Percentile(latency, 99):N3} ms  ratio {rate / tcpRate:F2} of TCP");
        }
    }

    private static async Task<(double Rate, List<double> Latencies)> MeasureAsync(List<IGlossaryTermGrain> grains, int callers)
    {
        await Task.WhenAll(grains.Select(g => g.GetAsync())); // warm
        var latencies = new List<double>[callers];
        var total = 0L;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            var i = c * 13;
            while (Stopwatch.GetElapsedTime(started) < s_duration)
            {
                var call = Stopwatch.GetTimestamp();
                await grains[i++ % grains.Count].GetAsync();
                mine.Add(Stopwatch.GetElapsedTime(call).TotalMilliseconds);
            }

            Interlocked.Add(ref total, mine.Count);
        })));
        return (total / Stopwatch.GetElapsedTime(started).TotalSeconds, [.. latencies.SelectMany(l => l)]);
    }
}
