using System.Diagnostics;
using DataSpine.Benchmarks.Catalog;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Cdc;
using Npgsql;

namespace DataSpine.Benchmarks.Cdc;

/// <summary>
/// A CDC route from a PostgreSQL source into a PostgreSQL sink, both on the benchmark's PostgreSQL, through an embedded
/// silo: the snapshot of a table, then a steady stream of inserts and updates, with each batch's end-to-end lag (source
/// commit to the row being readable in the sink; the SLO is p95 &lt; 60 s). The baseline, measured beside it on
/// the same server: the same rows moved by a program with no CDC in between (binary COPY for the snapshot, one
/// multi-row upsert per batch for the stream).
/// </summary>
internal static class CdcBenchmark
{
    private const int SnapshotRows = 100_000;
    private const int Batches = 200;
    private const int BatchRows = 250;
    private static readonly TimeSpan s_batchEvery = TimeSpan.FromMilliseconds(50); // offered: 5,000 rows/s

    private const string Table = "CREATE TABLE shop.orders (id bigint PRIMARY KEY, customer_ref text, amount numeric(12,2), state text, placed_at timestamptz)";

    public static async Task RunAsync()
    {
        Console.WriteLine($"CDC route, PostgreSQL → PostgreSQL through an embedded silo: {SnapshotRows:N0}-row snapshot, then {Batches} batches of {BatchRows} rows offered every {s_batchEvery.TotalMilliseconds} ms (half inserts, half updates)");
        if (BenchPostgres.Admin is not { } admin)
        {
            Console.WriteLine("  skipped: DATASPINE_BENCH_POSTGRES is not set (./scripts/bench.sh cdc sets it)");
            return;
        }

        var source = await BenchPostgres.CreateDatabaseAsync(admin, "bench_cdc_source");
        var sink = await BenchPostgres.CreateDatabaseAsync(admin, "bench_cdc_sink");
        var baseline = await BenchPostgres.CreateDatabaseAsync(admin, "bench_cdc_baseline");
        await BenchPostgres.ExecuteAsync(source, $"CREATE SCHEMA shop; {Table}; " +
            $"INSERT INTO shop.orders SELECT g, 'c-' || (g % 9973), (g % 10000) / 100.0, 'new', now() FROM generate_series(1, {SnapshotRows}) g");
        await BenchPostgres.ExecuteAsync(baseline, $"CREATE SCHEMA shop; {Table}");

        var copy = await CopyAsync(source, baseline);
        var host = await BenchSilo.StartSqliteAsync();
        try
        {
            var grains = host.Grains();
            var catalog = grains.GetGrain<ISourceGrain>("cdcbench");
            (await catalog.CreateAsync(new SourceDefinition("cdcbench", "postgres", source, new SourceOptions { IncludeSchemas = ["shop"] }))).Succeeded.ShouldHold("source");
            await ScanToEndAsync(grains, catalog);

            var route = grains.GetGrain<ICdcRouteGrain>("bench");
            var started = Stopwatch.GetTimestamp();
            var created = await route.CreateAsync(new CdcRouteDefinition
            {
                Name = "bench",
                Source = new CdcSource { CatalogSource = "cdcbench", Tables = ["shop.orders"] },
                Sink = new CdcSink { Type = "postgres", Connection = sink },
                Region = "eu",
            });
            (created.ErrorCode is null).ShouldHold($"route: {created.ErrorCode} {created.Error}");
            await WaitAsync(route, v => v.Status == CdcStatuses.Streaming && v.RowsApplied >= SnapshotRows, TimeSpan.FromMinutes(10));
            var snapshot = Stopwatch.GetElapsedTime(started);
            Measure.Row("snapshot, route (create to streaming)", $"{snapshot.TotalSeconds:N1} s, {SnapshotRows / snapshot.TotalSeconds:N0} rows/s");
            Measure.Row("snapshot, baseline (binary COPY out and in)", $"{copy.TotalSeconds:N1} s, {SnapshotRows / copy.TotalSeconds:N0} rows/s  (route takes {snapshot / copy:N1}x)");

            var (lags, drain) = await StreamAsync(source, sink, idsFrom: 1_000_000);
            var (_, baselineDrain) = await StreamAsync(baseline, baseline, idsFrom: 2_000_000);
            var streamed = Batches * BatchRows;
            Measure.Row("stream lag per batch (commit → readable in sink) p50 / p95 / max",
                $"{Measure.Percentile(lags, 50):N2} / {Measure.Percentile(lags, 95):N2} / {lags.Max():N2} s  (SLO p95 < 60 s)");
            Measure.Row("stream, route: offered to all applied", $"{drain.TotalSeconds:N1} s, {streamed / drain.TotalSeconds:N0} rows/s");
            Measure.Row("stream, baseline (the same batches written straight into a table)", $"{baselineDrain.TotalSeconds:N1} s, {streamed / baselineDrain.TotalSeconds:N0} rows/s  (route takes {drain / baselineDrain:N2}x)");
            await route.DeleteAsync();
        }
        finally
        {
            await host.StopAndDisposeAsync();
        }
    }

    /// <summary>The snapshot's baseline: the table copied out of the source and into the baseline database in binary.</summary>
    private static async Task<TimeSpan> CopyAsync(string from, string to)
    {
        var started = Stopwatch.GetTimestamp();
        await using var reading = new NpgsqlConnection(from);
        await using var writing = new NpgsqlConnection(to);
        await reading.OpenAsync();
        await writing.OpenAsync();
        await using (var reader = await reading.BeginBinaryExportAsync("COPY shop.orders TO STDOUT (FORMAT BINARY)"))
        await using (var writer = await writing.BeginBinaryImportAsync("COPY shop.orders FROM STDIN (FORMAT BINARY)"))
        {
            while (await reader.StartRowAsync() != -1)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(await reader.ReadAsync<long>());
                await writer.WriteAsync(await reader.ReadAsync<string>());
                await writer.WriteAsync(await reader.ReadAsync<decimal>(), NpgsqlTypes.NpgsqlDbType.Numeric);
                await writer.WriteAsync(await reader.ReadAsync<string>());
                await writer.WriteAsync(DateTime.SpecifyKind(await reader.ReadAsync<DateTime>(), DateTimeKind.Utc), NpgsqlTypes.NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// Offers the batches at a steady pace into <paramref name="source"/> while a poller reads <paramref name="sink"/>
    /// (the same database for the baseline): a batch is readable when its highest new id is. Returns each batch's lag
    /// and the time from the first batch offered to the last one readable.
    /// </summary>
    private static async Task<(List<double> Lags, TimeSpan Drain)> StreamAsync(string source, string sink, long idsFrom)
    {
        var committed = new long[Batches];
        var seen = new long[Batches];
        var lastId = SnapshotRows + idsFrom;
        await using var writer = new NpgsqlConnection(source);
        await writer.OpenAsync();
        await using var poller = new NpgsqlConnection(sink);
        await poller.OpenAsync();

        var started = Stopwatch.GetTimestamp();
        var polling = PollAsync(poller, lastId, committed, seen);
        for (var b = 0; b < Batches; b++)
        {
            var due = started + (long)(s_batchEvery.TotalSeconds * b * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            // Half the batch updates snapshot rows, half inserts new ones; the marker (the batch's highest new id) comes last.
            var firstNew = lastId + (long)b * BatchRows;
            await using var command = new NpgsqlCommand(
                $"""
                BEGIN;
                UPDATE shop.orders SET state = 'paid', amount = amount + 1 WHERE id BETWEEN {b * (BatchRows / 2) + 1} AND {(b + 1) * (BatchRows / 2)};
                INSERT INTO shop.orders SELECT g, 'c-' || (g % 9973), 1.5, 'new', now() FROM generate_series({firstNew + 1}, {firstNew + BatchRows / 2}) g
                  ON CONFLICT (id) DO UPDATE SET customer_ref = EXCLUDED.customer_ref, amount = EXCLUDED.amount, state = EXCLUDED.state, placed_at = EXCLUDED.placed_at;
                COMMIT;
                """, writer);
            await command.ExecuteNonQueryAsync();
            Volatile.Write(ref committed[b], Stopwatch.GetTimestamp());
        }

        await polling;
        var lags = Enumerable.Range(0, Batches).Select(b => Stopwatch.GetElapsedTime(committed[b], seen[b]).TotalSeconds).ToList();
        return (lags, Stopwatch.GetElapsedTime(started, seen.Max()));
    }

    private static async Task PollAsync(NpgsqlConnection sink, long lastId, long[] committed, long[] seen)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(600 * Stopwatch.Frequency);
        var next = 0;
        while (next < Batches)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"the sink showed {next} of {Batches} batches in 10 minutes");
            }

            await using var command = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM shop.orders WHERE id > $1", sink);
            command.Parameters.AddWithValue(lastId);
            var max = (long)(await command.ExecuteScalarAsync())!;
            var now = Stopwatch.GetTimestamp();
            while (next < Batches && Volatile.Read(ref committed[next]) != 0 && max >= lastId + (long)(next + 1) * BatchRows - BatchRows / 2)
            {
                seen[next++] = now;
            }

            await Task.Delay(20);
        }
    }

    private static async Task ScanToEndAsync(IGrainFactory grains, ISourceGrain source)
    {
        var scan = grains.GetGrain<IScanJobGrain>((await source.StartScanAsync(null)).Value!.ScanId);
        while ((await scan.GetAsync())!.Status is ScanStatus.Queued or ScanStatus.Running)
        {
            await Task.Delay(20);
        }
    }

    private static async Task WaitAsync(ICdcRouteGrain route, Func<CdcRouteView, bool> condition, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var view = (await route.GetAsync())!;
            if (condition(view))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"route is {view.Status} with {view.RowsApplied} rows applied: {view.LastError}");
            }

            await Task.Delay(20);
        }
    }

    private static void ShouldHold(this bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"CDC benchmark setup failed: {what}");
        }
    }
}
