using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace DataSpine.SqlLineage.Tests.Robustness;

/// <summary>
/// Bounded fuzzing in every test run: random token soup and mutations of every case, in every dialect
/// family. Never an exception or internal error, and never more than a fixed time per kilobyte.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    // Loose on purpose (debug build, shared CI cores): the engine runs at megabytes per second, so this only
    // trips on super-linear work or a hang.
    private static readonly TimeSpan PerInput = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan PerKilobyte = TimeSpan.FromMilliseconds(100);

    private static readonly string[] Dialects = ["ansi", "postgres", "snowflake", "tsql", "mysql", "bigquery", "hive", "oracle", "redshift", "teradata"];

    // CI runs the bounded default; SQL_LINEAGE_FUZZ_SCALE=20 runs a longer session by hand.
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("SQL_LINEAGE_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    [Fact]
    public void random_token_sequences_never_fail_and_stay_within_time()
    {
        var mutator = new SqlMutator(1601 * Scale);
        for (var round = 0; round < 600 * Scale; round++)
        {
            Check(mutator.TokenSoup(200), Dialects[round % Dialects.Length]);
        }
    }

    [Fact]
    public void mutations_of_every_case_never_fail_and_stay_within_time()
    {
        var mutator = new SqlMutator(16 * Scale);
        var slowest = TimeSpan.Zero;
        foreach (var lineageCase in CaseLoader.All.Concat(CaseLoader.Evaluation))
        {
            for (var round = 0; round < 3 * Scale; round++)
            {
                slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, Check(mutator.Mutate(lineageCase.Sql), lineageCase.Dialect).Ticks));
            }
        }

        output.WriteLine($"slowest mutation: {slowest.TotalMilliseconds:F1} ms");
    }

    private static TimeSpan Check(string sql, string dialect)
    {
        var bound = PerInput + (PerKilobyte * (sql.Length / 1024.0));
        var elapsed = Run(sql, dialect);
        if (elapsed > bound)
        {
            // Once more before failing: a GC pause or a busy core is not the engine's time.
            elapsed = Run(sql, dialect);
        }

        elapsed.ShouldBeLessThan(bound, $"{dialect}: {sql}");
        return elapsed;
    }

    private static TimeSpan Run(string sql, string dialect)
    {
        LineageResult? result = null;
        var elapsed = CpuClock.Measure(() => Should.NotThrow(() => result = SqlLineageEngine.Analyze(new LineageRequest(sql, dialect)), sql));
        result!.Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.InternalError, $"{dialect}: {sql}");
        return elapsed;
    }
}
