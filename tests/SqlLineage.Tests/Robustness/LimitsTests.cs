using System.Diagnostics;
using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests.Robustness;

[Collection(TimingCollection.Name)]
public sealed class LimitsTests
{
    [Fact]
    public void a_script_over_the_statement_limit_is_refused_as_too_complex()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest(WideSql.Script(AnalysisLimits.MaxStatements + 1)));

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.TooComplex);
        result.Sources.ShouldBeEmpty();
        result.Targets.ShouldBeEmpty();
    }

    [Fact]
    public void lineage_that_multiplies_past_the_work_limit_is_refused_quickly()
    {
        // 4,000 columns each filtered by 4,000 columns: 16 million edges from 130 KB of SQL.
        var sql = WideSql.InsertFiltered(4_000, 4_000);

        var (result, cpu) = CpuClock.Run(() => SqlLineageEngine.Analyze(new LineageRequest(sql)));

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.TooComplex);
        result.ColumnEdges.ShouldBeEmpty();
        cpu.ShouldBeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void lineage_below_the_limits_is_answered_in_full()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest(WideSql.InsertFiltered(300, 300)));

        result.ColumnEdges.Count.ShouldBe(300 + (300 * 300));
        result.ColumnEdges.ShouldContain(new ColumnEdge("s.k7", "out_t.c9", "INDIRECT", "FILTER"));
        result.Diagnostics.ShouldNotContain(d => d.Severity == "error");
    }

    [Fact]
    public void a_cancelled_token_stops_the_analysis()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() =>
            SqlLineageEngine.Analyze(new LineageRequest(WideSql.Select(10_000)), cancelled.Token));
    }

    [Fact]
    public void a_token_cancelled_mid_analysis_stops_it_promptly()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var sql = WideSql.InsertFiltered(4_000, 4_000);

        var watch = Stopwatch.StartNew();
        Should.Throw<OperationCanceledException>(() => SqlLineageEngine.Analyze(new LineageRequest(sql), timeout.Token));

        // Wall time on purpose: the token fires on the wall clock; loose for a shared CI machine.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void a_token_that_is_never_cancelled_changes_nothing()
    {
        using var source = new CancellationTokenSource();

        var result = SqlLineageEngine.Analyze(new LineageRequest("INSERT INTO t SELECT a FROM s"), source.Token);

        result.ColumnEdges.ShouldBe([new ColumnEdge("s.a", "t.a", "DIRECT", "IDENTITY")]);
    }
}
