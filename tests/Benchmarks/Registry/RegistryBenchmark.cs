using System.Diagnostics;
using DataSpine.Grains.Registry;
using DataSpine.Registry.Compatibility;

namespace DataSpine.Benchmarks.Registry;

/// <summary>
/// Register, get-by-id and a FULL_TRANSITIVE compatibility check against 100 prior versions, through
/// the subject grains (SQLite state), against the compatibility engine called directly in the same run.
/// </summary>
internal static class RegistryBenchmark
{
    private const int Versions = 100;
    private const int Checks = 200;

    public static async Task RunAsync()
    {
        var host = await BenchSilo.StartSqliteAsync();
        try
        {
            await ReportAsync(host.Grains());
        }
        finally
        {
            await host.StopAndDisposeAsync();
        }
    }

    private static async Task ReportAsync(IGrainFactory grains)
    {
        var subject = grains.GetGrain<ISubjectGrain>($"bench-{Guid.NewGuid():N}-value");
        await subject.SetCompatibilityAsync("FULL_TRANSITIVE");

        var register = new List<double>();
        var ids = new List<int>();
        for (var v = 1; v <= Versions; v++)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await subject.RegisterAsync(new RegisterSchemaRequest(new SchemaInput(Avro(v), "AVRO", [])));
            register.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            ids.Add(result.Value?.Id ?? throw new InvalidOperationException($"version {v} was refused: {result.Error?.Message}"));
        }

        var byId = new List<double>();
        var idGrain = grains.GetGrain<ISchemaIdGrain>("global");
        for (var i = 0; i < Checks; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await idGrain.GetAsync(ids[i % ids.Count]);
            byId.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var fresh = new List<double>();
        for (var i = 0; i < Checks; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await subject.CheckCompatibilityAsync(new CompatibilityCheckRequest(new SchemaInput(Avro(Versions + 1, $"extra_{i}"), "AVRO", []), null));
            fresh.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var repeated = new List<double>();
        for (var i = 0; i < Checks; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await subject.CheckCompatibilityAsync(new CompatibilityCheckRequest(new SchemaInput(Avro(Versions + 1, "extra_0"), "AVRO", []), null));
            repeated.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var engine = EngineOnly();

        Console.WriteLine($"Schema registry (Avro, subject under FULL_TRANSITIVE with {Versions} versions; SQLite state):");
        Measure.Row("register a new version, p50 / p95", $"{Measure.Percentile(register, 50):N2} / {Measure.Percentile(register, 95):N2} ms");
        Measure.Row("get schema by id, p50 / p95 (from grain memory)", $"{Measure.Percentile(byId, 50):N3} / {Measure.Percentile(byId, 95):N3} ms");
        Measure.Row("check a new candidate against all 100, p50 / p95", $"{Measure.Percentile(fresh, 50):N2} / {Measure.Percentile(fresh, 95):N2} ms  (target p95 <= 5 ms)");
        Measure.Row("check the same candidate again, p50 / p95", $"{Measure.Percentile(repeated, 50):N3} / {Measure.Percentile(repeated, 95):N3} ms");
        Measure.Row("engine alone: parse + check against 100, p50 (baseline)", $"{Measure.Percentile(engine, 50):N2} ms  ratio grain/engine {Measure.Percentile(fresh, 50) / Measure.Percentile(engine, 50):F2}");
    }

    private static List<double> EngineOnly()
    {
        SchemaFormats.TryGet("AVRO", out var format);
        var existing = Enumerable.Range(1, Versions).Select(v => new VersionedSchema(v, format.Parse(Avro(v), []).Schema!)).ToList();
        var checker = new CompatibilityChecker(format);
        var level = CompatibilityLevels.TryParse("FULL_TRANSITIVE", out var parsed) ? parsed : CompatibilityLevel.FullTransitive;
        var times = new List<double>();
        for (var i = 0; i < Checks; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var candidate = format.Parse(Avro(Versions + 1, $"extra_{i}"), []).Schema!;
            checker.Check(level, candidate, existing);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    /// <summary>Version v of a record: 5 base fields plus v optional fields with defaults (each version is compatible both ways).</summary>
    private static string Avro(int version, string? extra = null)
    {
        var fields = new List<string>
        {
            """{"name":"id","type":"long"}""", """{"name":"email","type":"string","pii":true}""", """{"name":"amount","type":"double"}""",
            """{"name":"status","type":{"type":"enum","name":"Status","symbols":["NEW","PAID","SHIPPED"],"default":"NEW"}}""",
            """{"name":"created","type":{"type":"long","logicalType":"timestamp-millis"}}""",
        };
        fields.AddRange(Enumerable.Range(1, version).Select(i => $$"""{"name":"f{{i}}","type":["null","string"],"default":null}"""));
        if (extra is not null)
        {
            fields.Add($$"""{"name":"{{extra}}","type":["null","long"],"default":null}""");
        }

        return $$"""{"type":"record","name":"Order","namespace":"bench","fields":[{{string.Join(',', fields)}}]}""";
    }
}
