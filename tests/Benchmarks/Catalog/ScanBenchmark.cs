using System.Diagnostics;
using System.Text;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Classification;
using Npgsql;

namespace DataSpine.Benchmarks.Catalog;

/// <summary>
/// A full scan of a PostgreSQL database of 2,000 tables × 20 columns through the grains (harvest, profile,
/// classify, store, index), against reading the same catalog information raw in the same run.
/// </summary>
internal static class ScanBenchmark
{
    private const int Tables = 2000;
    private const int Columns = 20;

    public static async Task RunAsync()
    {
        if (BenchPostgres.Admin is not { } admin)
        {
            Console.WriteLine("Catalog scan: DATASPINE_BENCH_POSTGRES not set (./scripts/bench.sh starts one); skipped.");
            return;
        }

        var database = await BenchPostgres.CreateDatabaseAsync(admin, "bench_scan");
        await BenchPostgres.ExecuteAsync(database, Ddl());
        var bulk = await TimeAsync(() => RawBulkReadAsync(database));
        var perTable = await TimeAsync(() => RawPerTableReadAsync(database));

        var host = await BenchSilo.StartSqliteAsync();
        TimeSpan full, again;
        ScanView fullView, againView;
        try
        {
            var source = host.Grains().GetGrain<ISourceGrain>("bench");
            var created = await source.CreateAsync(new SourceDefinition("bench", "postgres", database, new SourceOptions { MaxParallelism = 8 }));
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"The bench source was refused: {created.Error}");
            }

            (full, fullView) = await ScanAsync(host.Grains(), source);
            (again, againView) = await ScanAsync(host.Grains(), source);
        }
        finally
        {
            await host.StopAndDisposeAsync();
        }

        Console.WriteLine($"Catalog scan of PostgreSQL, {Tables:N0} tables x {Columns} columns (empty tables; SQLite state):");
        Measure.Row("raw catalog read, 3 bulk pg_catalog queries (baseline)", $"{bulk.TotalMilliseconds:N0} ms");
        Measure.Row("raw catalog read, information_schema per table", $"{perTable.TotalMilliseconds:N0} ms");
        Measure.Row("full scan: harvest + profile + classify + store + index", $"{full.TotalMilliseconds:N0} ms  {Progress(fullView)}");
        Measure.Row("  ratio to bulk raw read / to per-table raw read", $"{full / bulk:F1}x / {full / perTable:F2}x  (target <= 1.5x)");
        Measure.Row("incremental re-scan, nothing changed", $"{again.TotalMilliseconds:N0} ms  {Progress(againView)}");
        Measure.Row("  ratio to bulk raw read", $"{again / bulk:F1}x");
        ClassifierRows(full);
    }

    /// <summary>The classifier's share of a scan: its time per column beside the full scan's time per column, same run.</summary>
    private static void ClassifierRows(TimeSpan full)
    {
        const int Sampled = 2_000;
        string?[][] values =
        [
            [.. Enumerable.Range(0, 20).Select(i => $"user{i}@example.com")],
            [.. Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? $"Maria Garcia {i}" : $"Jan Kowalski {i}")],
            [.. Enumerable.Range(0, 20).Select(i => (1000 + (i * 37)).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. Enumerable.Range(0, 20).Select(i => $"2024-0{(i % 9) + 1}-1{i % 10}T10:00:00Z")],
        ];
        var columns = Enumerable.Range(0, Sampled).Select(i => new ColumnSample($"c{i % Columns:00}", i % 3 == 0 ? "text" : "integer", null, null, $"t{i:0000}")).ToList();
        var namesOnly = Stopwatch.GetTimestamp();
        foreach (var column in columns)
        {
            ColumnClassifier.Classify(column);
        }

        var perColumnNames = Stopwatch.GetElapsedTime(namesOnly) / Sampled;
        var withValues = Stopwatch.GetTimestamp();
        for (var i = 0; i < columns.Count; i++)
        {
            ColumnClassifier.Classify(columns[i] with { Values = values[i % values.Length] });
        }

        var perColumnValues = Stopwatch.GetElapsedTime(withValues) / Sampled;
        var perColumnScan = full / (Tables * Columns);
        Measure.Row("full scan per column (baseline)", $"{perColumnScan.TotalMicroseconds:N1} µs");
        Measure.Row("classifier per column, names only", $"{perColumnNames.TotalMicroseconds:N1} µs  ({perColumnNames / perColumnScan:P1} of the scan's time per column)");
        Measure.Row("classifier per column, 20 sampled values", $"{perColumnValues.TotalMicroseconds:N1} µs  ({perColumnValues / perColumnScan:P1} of the scan's time per column)");
    }

    private static string Progress(ScanView view) =>
        $"[{view.Status}: {view.Progress.Harvested} harvested, {view.Progress.Unchanged} unchanged, {view.Progress.Failed} failed]";

    private static async Task<(TimeSpan, ScanView)> ScanAsync(IGrainFactory grains, ISourceGrain source)
    {
        var started = Stopwatch.GetTimestamp();
        var scanId = (await source.StartScanAsync(null)).Value!.ScanId;
        var scan = grains.GetGrain<IScanJobGrain>(scanId);
        while (true)
        {
            var view = (await scan.GetAsync())!;
            if (view.Status is not (ScanStatus.Queued or ScanStatus.Running))
            {
                return (Stopwatch.GetElapsedTime(started), view);
            }

            await Task.Delay(5);
        }
    }

    private static string Ddl()
    {
        var sql = new StringBuilder("BEGIN;");
        for (var t = 0; t < Tables; t++)
        {
            sql.Append($"CREATE TABLE t{t:0000} (id bigint PRIMARY KEY");
            for (var c = 1; c < Columns; c++)
            {
                sql.Append($", c{c:00} {(c % 3 == 0 ? "text" : c % 3 == 1 ? "integer" : "timestamptz")}");
            }

            sql.Append(");");
        }

        return sql.Append("COMMIT;").ToString();
    }

    private static async Task RawBulkReadAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            "SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','v','m','p') AND n.nspname NOT IN ('pg_catalog','information_schema')",
            "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.attnum > 0 AND NOT a.attisdropped AND n.nspname NOT IN ('pg_catalog','information_schema')",
            "SELECT conrelid, conname, contype, conkey FROM pg_constraint WHERE contype IN ('p','f')",
        })
        {
            await DrainAsync(connection, sql);
        }
    }

    private static async Task RawPerTableReadAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        for (var t = 0; t < Tables; t++)
        {
            await DrainAsync(connection, $"SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 't{t:0000}'");
        }
    }

    private static async Task DrainAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        await work();
        var started = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(started);
    }
}
