using System.Diagnostics;
using DataSpine.Runtime.Storage;
using Npgsql;

namespace DataSpine.Benchmarks.Runtime;

/// <summary>
/// Grain state writes per second through the runtime (grain call + ETag-checked write), against the
/// same ETag-checked writes made on the storage provider directly, in the same run.
/// </summary>
internal static class StateWriteBenchmark
{
    private static readonly TimeSpan s_duration = TimeSpan.FromSeconds(4);

    public static async Task RunAsync()
    {
        Console.WriteLine($"Grain state writes ({s_duration.TotalSeconds:0} s each, 1 and 16 concurrent writers on distinct grains):");
        using (var sqlite = new SqliteGrainStorage(BenchSilo.TempSqlite()))
        {
            await ReportAsync("SQLite", sqlite);
        }

        var postgres = Environment.GetEnvironmentVariable("DATASPINE_BENCH_POSTGRES");
        if (string.IsNullOrEmpty(postgres))
        {
            Console.WriteLine("  PostgreSQL: DATASPINE_BENCH_POSTGRES not set (./scripts/bench.sh starts one); skipped.");
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(postgres);
        await ReportAsync("PostgreSQL", new PostgresGrainStorage(dataSource));
    }

    private static async Task ReportAsync(string engine, IGrainStorage storage)
    {
        using var host = await BenchSilo.StartAsync(storage);
        var factory = host.Grains();
        foreach (var writers in new[] { 1, 16 })
        {
            var etags = new string?[writers];
            var run = Guid.NewGuid().ToString("N")[..8];
            var keys = Enumerable.Range(0, writers).Select(w => new StateKey("direct", $"{engine}-{writers}-{w}-{run}", "bench")).ToArray();
            var direct = await RateAsync(writers, async (w, i) =>
                etags[w] = await storage.WriteAsync(keys[w], $"{{\"value\":{i},\"note\":\"a short note\"}}", etags[w], default));
            var grains = Enumerable.Range(0, writers).Select(w => factory.GetGrain<IWriterGrain>($"{engine}-{writers}-{w}")).ToArray();
            var viaGrains = await RateAsync(writers, (w, i) => grains[w].WriteAsync(i));
            Measure.Row($"{engine}, {writers} writer(s): via grains", $"{viaGrains:N0} writes/s");
            Measure.Row($"{engine}, {writers} writer(s): storage provider alone (baseline)", $"{direct:N0} writes/s   ratio {viaGrains / direct:F2}");
        }
    }

    private static async Task<double> RateAsync(int writers, Func<int, int, Task> write)
    {
        long total = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var i = 0;
            while (Stopwatch.GetElapsedTime(started) < s_duration)
            {
                await write(w, i++);
            }

            Interlocked.Add(ref total, i);
        })));
        return total / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
