using DataSpine.Runtime.Storage;

namespace DataSpine.Benchmarks.Runtime;

/// <summary>Local grain call cost against a direct interface call measured in the same run.</summary>
internal static class GrainCallBenchmark
{
    private const int Calls = 2_000_000;

    public static async Task RunAsync()
    {
        using var storage = new SqliteGrainStorage(BenchSilo.TempSqlite());
        using var host = await BenchSilo.StartAsync(storage);
        var grain = host.Grains().GetGrain<IEchoGrain>("echo");
        IEchoGrain direct = new DirectEcho();

        var directNs = await Measure.NanosPerOpAsync(Calls, n => Loop(direct, n));
        var grainNs = await Measure.NanosPerOpAsync(Calls, n => Loop(grain, n));

        var grains = Enumerable.Range(0, 1000).Select(i => host.Grains().GetGrain<IEchoGrain>($"e{i}")).ToArray();
        var callers = Environment.ProcessorCount * 4;
        var concurrentNs = await Measure.NanosPerOpAsync(Calls, n => Task.WhenAll(
            Enumerable.Range(0, callers).Select(c => Task.Run(() => Loop(grains, c, n / callers)))));

        Console.WriteLine($"Local grain calls ({Environment.ProcessorCount} cores, {Calls:N0} calls per round, best of 5):");
        Measure.Row("direct async interface call (baseline)", $"{directNs:F1} ns/call");
        Measure.Row("grain call, one caller, one grain", $"{grainNs:F1} ns/call");
        Measure.Row("overhead per local call (grain - direct)", $"{(grainNs - directNs) / 1000:F3} µs  (target <= 2 µs)");
        Measure.Row("ratio grain / direct", $"{grainNs / directNs:F1}x");
        Measure.Row("throughput, one caller", $"{1e9 / grainNs:N0} calls/s");
        Measure.Row($"throughput, {callers} callers over 1,000 grains", $"{1e9 / concurrentNs:N0} calls/s  (target >= 500,000)");
    }

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
            await targets[(caller * 7919 + i) % targets.Length].EchoAsync(i);
        }
    }
}
