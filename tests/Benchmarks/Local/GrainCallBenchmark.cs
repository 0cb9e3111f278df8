using Microsoft.Extensions.Hosting;

namespace DataSpine.Benchmarks.Local;

/// <summary>
/// Local Orleans grain calls (caller and grain in one silo process, as the node's API calls its grains)
/// against a direct interface call on a plain object, measured in the same run.
/// </summary>
internal static class GrainCallBenchmark
{
    private const int Calls = 400_000;
    private const int Callers = 8;

    public static async Task RunAsync()
    {
        var host = await BenchSilo.StartSqliteAsync();
        try
        {
            await ReportAsync(host);
        }
        finally
        {
            await host.StopAndDisposeAsync();
        }
    }

    private static async Task ReportAsync(IHost host)
    {
        var grain = host.Grains().GetGrain<IEchoGrain>("echo");
        IEchoGrain direct = new DirectEcho();

        var directNs = await Measure.NanosPerOpAsync(Calls, n => Loop(direct, n));
        var grainNs = await Measure.NanosPerOpAsync(Calls, n => Loop(grain, n));

        var grains = Enumerable.Range(0, 1000).Select(i => host.Grains().GetGrain<IEchoGrain>($"e{i}")).ToArray();
        var directs = Enumerable.Range(0, 1000).Select(_ => (IEchoGrain)new DirectEcho()).ToArray();
        var concurrentNs = await Measure.NanosPerOpAsync(Calls, n => Concurrently(grains, n));
        var directConcurrentNs = await Measure.NanosPerOpAsync(Calls, n => Concurrently(directs, n));

        // The same calls made by grains (grain-to-grain, the silo's own scheduler on both sides).
        var callers = Enumerable.Range(0, Callers).Select(c => host.Grains().GetGrain<ICallerGrain>($"c{c}")).ToArray();
        var fromGrainNs = await Measure.NanosPerOpAsync(Calls, n => callers[0].CallAsync(0, 1, n));
        var fromGrainsNs = await Measure.NanosPerOpAsync(Calls, n => Task.WhenAll(callers.Select((c, i) => c.CallAsync(i * 125, 125, n / Callers))));

        Console.WriteLine($"Local grain calls, Orleans ({Environment.ProcessorCount} cores, {Calls:N0} calls per round, best of 5; callers outside grains as the API's, and grains):");
        Measure.Row("direct async interface call (baseline)", $"{directNs:F1} ns/call");
        Measure.Row("grain call, one caller, one grain", $"{grainNs:F1} ns/call");
        Measure.Row("overhead per local call (grain - direct)", $"{(grainNs - directNs) / 1000:F3} µs  (target <= 2 µs)");
        Measure.Row("ratio grain / direct", $"{grainNs / directNs:F1}x");
        Measure.Row("throughput, one caller", $"{1e9 / grainNs:N0} calls/s");
        Measure.Row("grain-to-grain call, one calling grain, one grain", $"{fromGrainNs:F1} ns/call  overhead {(fromGrainNs - directNs) / 1000:F3} µs  (target <= 2 µs)");
        Measure.Row($"{Callers} callers over 1,000 direct objects (baseline)", $"{1e9 / directConcurrentNs:N0} calls/s");
        Measure.Row($"throughput, {Callers} callers over 1,000 grains", $"{1e9 / concurrentNs:N0} calls/s  (target >= 500,000)  ratio {directConcurrentNs / concurrentNs:F3} of direct");
        Measure.Row($"throughput, {Callers} calling grains over 1,000 grains", $"{1e9 / fromGrainsNs:N0} calls/s  (target >= 500,000)  ratio {directConcurrentNs / fromGrainsNs:F3} of direct");
    }

    private static Task Concurrently(IEchoGrain[] targets, int calls) =>
        Task.WhenAll(Enumerable.Range(0, Callers).Select(c => Task.Run(() => Loop(targets, c, calls / Callers))));

    private static async Task Loop(IEchoGrain target, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await target.EchoAsync(i);
        }
    }

    private static async Task Loop(IEchoGrain[] targets, int caller, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await targets[((caller * 7919) + i) % targets.Length].EchoAsync(i);
        }
    }
}
