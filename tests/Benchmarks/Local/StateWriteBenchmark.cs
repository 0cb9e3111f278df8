using System.Diagnostics;
using DataSpine.Benchmarks.Catalog;
using DataSpine.Hosting;
using DataSpine.Hosting.Storage;
using Npgsql;

namespace DataSpine.Benchmarks.Local;

/// <summary>
/// Grain state writes per second through Orleans (grain call + ETag-checked write in DataSpine's grain
/// storage), against the same ETag-checked writes made on the storage provider directly, in the same run.
/// </summary>
internal static class StateWriteBenchmark
{
    private static readonly TimeSpan s_duration = TimeSpan.FromSeconds(4);

    public static async Task RunAsync()
    {
        Console.WriteLine($"Grain state writes ({s_duration.TotalSeconds:0} s each, 1 and 16 concurrent writers on distinct grains):");
        using (var sqlite = new SqliteGrainStorage(BenchSilo.TempSqlite(), []))
        {
            await ReportAsync("SQLite", sqlite, StorageProvider.Sqlite, BenchSilo.TempSqlite());
        }

        if (BenchPostgres.Admin is not { } admin)
        {
            Console.WriteLine("  PostgreSQL: DATASPINE_BENCH_POSTGRES not set (./scripts/bench.sh starts one); skipped.");
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(await BenchPostgres.CreateDatabaseAsync(admin, "bench_writes_direct"));
        await ReportAsync("PostgreSQL", new PostgresGrainStorage(dataSource, []), StorageProvider.Postgres,
            await BenchPostgres.CreateDatabaseAsync(admin, "bench_writes_grains"));
    }

    private static async Task ReportAsync(string engine, RelationalGrainStorage storage, StorageProvider provider, string siloDatabase)
    {
        await storage.InitializeAsync(default);
        var host = await BenchSilo.StartAsync(provider, siloDatabase);
        try
        {
            var factory = host.Grains();
            foreach (var writers in new[] { 1, 16 })
            {
                var run = Guid.NewGuid().ToString("N")[..8];
                var values = Enumerable.Range(0, writers).Select(_ => new BenchState()).ToArray();
                var states = values.Select(v => new GrainState<BenchState>(v)).ToArray();
                var ids = Enumerable.Range(0, writers).Select(w => GrainId.Create("direct", $"{engine}-{writers}-{w}-{run}")).ToArray();
                var direct = await RateAsync(writers, async (w, i) =>
                {
                    values[w].Value = i;
                    values[w].Note = "a short note that makes the payload look like a small record";
                    await storage.WriteStateAsync("bench", ids[w], states[w]);
                });
                var grains = Enumerable.Range(0, writers).Select(w => factory.GetGrain<IWriterGrain>($"{engine}-{writers}-{w}-{run}")).ToArray();
                var viaGrains = await RateAsync(writers, (w, i) => grains[w].WriteAsync(i));
                Measure.Row($"{engine}, {writers} writer(s): via grains", $"{viaGrains:N0} writes/s");
                Measure.Row($"{engine}, {writers} writer(s): storage provider alone (baseline)", $"{direct:N0} writes/s   ratio {viaGrains / direct:F2}");
            }
        }
        finally
        {
            await host.StopAndDisposeAsync();
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
