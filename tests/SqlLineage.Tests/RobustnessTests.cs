using System.Text;
using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests;

[Collection(Robustness.TimingCollection.Name)]
public sealed class RobustnessTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public void parse_error_reports_line_and_column_of_the_offending_token()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest("INSERT INTO t\nSELECT a,\n  b +\n  FROM s"));

        var error = result.Diagnostics.First(d => d.Code == DiagnosticCodes.ParseError);
        error.Line.ShouldBe(4);
        error.Column.ShouldBe(3);
        error.Severity.ShouldBe("error");
        error.Message.ShouldContain("from");
    }

    [Fact]
    public void unterminated_string_reports_where_it_starts()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest("SELECT a\nFROM s WHERE b = 'x"));

        var error = result.Diagnostics.Single(d => d.Message.Contains("Unterminated string", StringComparison.Ordinal));
        (error.Line, error.Column).ShouldBe((2, 18));
    }

    [Fact]
    public void null_and_empty_requests_do_not_throw()
    {
        SqlLineageEngine.Analyze(new LineageRequest(null!)).Sources.ShouldBeEmpty();
        SqlLineageEngine.Analyze(null!).Targets.ShouldBeEmpty();
        SqlLineageEngine.Analyze(new LineageRequest("   ", "no-such-dialect")).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void deeply_nested_parentheses_stop_with_a_depth_diagnostic()
    {
        var sql = "SELECT " + new string('(', 100_000) + "1" + new string(')', 100_000) + " FROM t";

        var result = Timed(() => SqlLineageEngine.Analyze(new LineageRequest(sql)));

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.TooDeep);
        result.Sources.ShouldBe(["t"]);
    }

    [Fact]
    public void deeply_nested_subqueries_stop_with_a_depth_diagnostic()
    {
        var sql = new StringBuilder("INSERT INTO out_t SELECT x FROM ");
        for (var i = 0; i < 5_000; i++)
        {
            sql.Append("(SELECT x FROM ");
        }

        sql.Append("base").Append(new string(')', 5_000)).Append(" q");

        var result = Timed(() => SqlLineageEngine.Analyze(new LineageRequest(sql.ToString())));

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.TooDeep);
        result.Targets.ShouldBe(["out_t"]);
    }

    [Fact]
    public void nesting_within_the_limit_still_resolves()
    {
        var sql = new StringBuilder("INSERT INTO out_t SELECT x FROM ");
        for (var i = 0; i < 40; i++)
        {
            sql.Append("(SELECT x FROM ");
        }

        sql.Append("base");
        for (var i = 0; i < 40; i++)
        {
            sql.Append(") q").Append(i);
        }

        var result = SqlLineageEngine.Analyze(new LineageRequest(sql.ToString()));

        result.ColumnEdges.ShouldBe([new ColumnEdge("base.x", "out_t.x", "DIRECT", "IDENTITY")]);
    }

    [Fact]
    public void deeply_nested_function_calls_within_the_limit_resolve()
    {
        var sql = "INSERT INTO t (v) SELECT " + string.Concat(Enumerable.Repeat("COALESCE(", 150)) + "a" + string.Concat(Enumerable.Repeat(", 0)", 150)) + " FROM s";

        var result = SqlLineageEngine.Analyze(new LineageRequest(sql));

        result.ColumnEdges.ShouldBe([new ColumnEdge("s.a", "t.v", "DIRECT", "TRANSFORMATION")]);
    }

    [Fact]
    public void deep_nesting_on_a_small_stack_reports_instead_of_crashing()
    {
        var sql = "SELECT " + new string('(', 5_000) + "a" + new string(')', 5_000) + " FROM t";
        LineageResult? result = null;
        var thread = new Thread(() => result = SqlLineageEngine.Analyze(new LineageRequest(sql)), 256 * 1024);

        thread.Start();
        thread.Join();

        result.ShouldNotBeNull().Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.TooDeep);
    }

    [Fact]
    public void long_flat_expressions_do_not_recurse_per_term()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 50_000).Select(i => $"c{i % 7}"));
        var conditions = string.Join(" AND ", Enumerable.Range(0, 20_000).Select(i => $"k = {i}"));
        var sql = $"INSERT INTO t (v) SELECT {terms} FROM s WHERE {conditions}";

        var result = Timed(() => SqlLineageEngine.Analyze(new LineageRequest(sql)));

        result.ColumnEdges.Count(e => e.Type == "DIRECT").ShouldBe(7);
        result.ColumnEdges.ShouldContain(new ColumnEdge("s.k", "t.v", "INDIRECT", "FILTER"));
    }

    [Fact]
    public void input_over_the_size_limit_is_refused()
    {
        var sql = "SELECT 1; " + new string(' ', SqlLineageEngine.MaxSqlLength);

        var result = Timed(() => SqlLineageEngine.Analyze(new LineageRequest(sql)));

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.TooLarge);
    }

    [Fact]
    public void a_large_script_of_many_statements_completes()
    {
        var sql = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            sql.Append($"CREATE TEMP TABLE tmp{i} AS SELECT a, b FROM {(i == 0 ? "src" : $"tmp{i - 1}")};\n");
        }

        sql.Append("INSERT INTO dst SELECT a, b FROM tmp1999;");

        var result = Timed(() => SqlLineageEngine.Analyze(new LineageRequest(sql.ToString(), "postgres")));

        result.Sources.ShouldBe(["src"]);
        result.Targets.ShouldBe(["dst"]);
        result.ColumnEdges.ShouldBe([new ColumnEdge("src.a", "dst.a", "DIRECT", "IDENTITY"), new ColumnEdge("src.b", "dst.b", "DIRECT", "IDENTITY")]);
    }

    [Fact]
    public void random_garbage_never_throws()
    {
        var random = new Random(20240601);
        var alphabet = "SELECT FROM WHERE JOIN ON ( ) , . ; ' \" ` [ ] $$ -- /* */ :: || = < > a b c 1 2 WITH AS INSERT INTO MERGE USING WHEN CASE END \n";
        var words = alphabet.Split(' ');
        for (var round = 0; round < 500; round++)
        {
            var sql = string.Join(' ', Enumerable.Range(0, random.Next(1, 80)).Select(_ => words[random.Next(words.Length)]));
            foreach (var dialect in new[] { "ansi", "postgres", "snowflake", "tsql", "mysql", "bigquery", "hive" })
            {
                Should.NotThrow(() => SqlLineageEngine.Analyze(new LineageRequest(sql, dialect)));
            }
        }
    }

    [Fact]
    public void truncated_prefixes_of_real_sql_never_throw()
    {
        var sql = "WITH c AS (SELECT id, SUM(x) OVER (PARTITION BY g ORDER BY t) AS s FROM a.b WHERE y IN (SELECT y FROM d)) "
            + "MERGE INTO tgt t USING c ON t.id = c.id WHEN MATCHED AND c.s > 0 THEN UPDATE SET t.s = c.s "
            + "WHEN NOT MATCHED THEN INSERT (id, s) VALUES (c.id, CASE WHEN c.s IS NULL THEN 0 ELSE c.s END);";
        for (var length = 0; length <= sql.Length; length++)
        {
            var prefix = sql[..length];
            Should.NotThrow(() => SqlLineageEngine.Analyze(new LineageRequest(prefix, "snowflake")));
        }
    }

    [Fact]
    public void truncations_and_shuffles_of_every_case_never_fail_internally()
    {
        var random = new Random(7);
        foreach (var lineageCase in CaseLoader.All)
        {
            var sql = lineageCase.Sql;
            var step = Math.Max(1, sql.Length / 8);
            for (var length = 0; length < sql.Length; length += step)
            {
                AssertNoInternalError(sql[..length], lineageCase.Dialect);
            }

            var words = sql.Split(' ');
            random.Shuffle(words);
            AssertNoInternalError(string.Join(' ', words), lineageCase.Dialect);
        }
    }

    private static void AssertNoInternalError(string sql, string dialect)
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest(sql, dialect));
        result.Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.InternalError, sql);
    }

    private static LineageResult Timed(Func<LineageResult> analyze)
    {
        // A termination guard for pathological input, not a benchmark: the bound is deliberately loose.
        var (result, cpu) = Robustness.CpuClock.Run(analyze);
        cpu.ShouldBeLessThan(Generous);
        return result;
    }
}
