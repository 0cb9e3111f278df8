using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests.Scripts;

public sealed class ScriptViewTests
{
    private const string Pipeline = """
        CREATE TEMP TABLE t1 AS SELECT id, v FROM raw.events;
        INSERT INTO stage.daily SELECT id, SUM(v) AS v FROM t1 GROUP BY id;
        INSERT INTO mart.report SELECT id, v FROM stage.daily;
        ALTER TABLE mart.report RENAME TO mart.report_v2;
        """;

    [Fact]
    public void the_net_view_leaves_intermediates_out_and_names_them()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest(Pipeline, "postgres"));

        result.Sources.ShouldBe(["raw.events"]);
        result.Targets.ShouldBe(["mart.report_v2"]);
        result.Intermediates.ShouldBe(["stage.daily", "t1"]);
        result.ColumnEdges.ShouldContain(new ColumnEdge("raw.events.v", "mart.report_v2.v", "DIRECT", "AGGREGATION"));
    }

    [Fact]
    public void the_statement_view_keeps_every_step_under_its_name_at_the_time()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest(Pipeline, "postgres"));

        result.Statements.Select(s => (string.Join(",", s.Sources), string.Join(",", s.Targets), s.Line)).ShouldBe(
        [
            ("raw.events", "t1", 1),
            ("t1", "stage.daily", 2),
            ("stage.daily", "mart.report", 3),
            ("mart.report", "mart.report_v2", 4),
        ]);
    }

    [Fact]
    public void a_single_statement_has_one_statement_entry()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest("INSERT INTO t SELECT a FROM s"));

        result.Statements.ShouldHaveSingleItem().ShouldBe(new StatementLineage(1, 1, ["s"], ["t"]), new StatementComparer());
        result.Intermediates.ShouldBeEmpty();
    }

    private sealed class StatementComparer : IEqualityComparer<StatementLineage>
    {
        public bool Equals(StatementLineage? x, StatementLineage? y) =>
            x is not null && y is not null && x.Line == y.Line && x.Sources.SequenceEqual(y.Sources) && x.Targets.SequenceEqual(y.Targets);

        public int GetHashCode(StatementLineage obj) => obj.Line;
    }
}
