using System.Text.Json;
using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests;

public sealed class ApiTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void result_round_trips_through_system_text_json_in_camel_case()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest("INSERT INTO t SELECT a FROM s WHERE b > (", "postgres"));
        var json = JsonSerializer.Serialize(result, Web);
        var back = JsonSerializer.Deserialize<LineageResult>(json, Web)!;

        json.ShouldContain("\"columnEdges\"");
        json.ShouldContain("\"diagnostics\"");
        back.Sources.ShouldBe(result.Sources);
        back.Targets.ShouldBe(result.Targets);
        back.Diagnostics.ShouldBe(result.Diagnostics);
    }

    [Fact]
    public void request_deserialises_from_camel_case_json()
    {
        const string json = """{"sql":"INSERT INTO t SELECT * FROM s","dialect":"snowflake","defaultSchema":"raw","schemas":{"raw.s":["a","b"]}}""";

        var request = JsonSerializer.Deserialize<LineageRequest>(json, Web)!;
        var result = SqlLineageEngine.Analyze(request);

        result.ColumnEdges.ShouldBe([new ColumnEdge("raw.s.a", "raw.t.a", "DIRECT", "IDENTITY"), new ColumnEdge("raw.s.b", "raw.t.b", "DIRECT", "IDENTITY")]);
        JsonSerializer.Serialize(result.ColumnEdges[0], Web).ShouldBe("""{"source":"raw.s.a","target":"raw.t.a","type":"DIRECT","subtype":"IDENTITY"}""");
    }

    [Fact]
    public void output_is_sorted_ordinally_and_deduplicated()
    {
        const string sql = "INSERT INTO t (z, a) SELECT b.y + b.y, a.x FROM b JOIN a ON a.id = b.id; INSERT INTO t (z, a) SELECT b.y, a.x FROM b JOIN a ON a.id = b.id";

        var result = SqlLineageEngine.Analyze(new LineageRequest(sql));

        result.Sources.ShouldBe(["a", "b"]);
        result.ColumnEdges.ShouldBe(result.ColumnEdges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Subtype, StringComparer.Ordinal));
        result.ColumnEdges.Distinct().Count().ShouldBe(result.ColumnEdges.Count);
        result.ColumnEdges.ShouldContain(new ColumnEdge("a.id", "t.z", "INDIRECT", "JOIN"));
    }

    [Fact]
    public void same_source_may_be_both_direct_and_indirect()
    {
        var result = SqlLineageEngine.Analyze(new LineageRequest("INSERT INTO t SELECT a FROM s WHERE a > 0"));

        result.ColumnEdges.ShouldBe([new ColumnEdge("s.a", "t.a", "DIRECT", "IDENTITY"), new ColumnEdge("s.a", "t.a", "INDIRECT", "FILTER")]);
    }

    [Fact]
    public void analysis_is_deterministic()
    {
        const string sql = "WITH c AS (SELECT k, v FROM s1 UNION ALL SELECT k, v FROM s2) INSERT INTO t SELECT k, SUM(v) AS v FROM c GROUP BY k";

        var first = SqlLineageEngine.Analyze(new LineageRequest(sql));
        var second = SqlLineageEngine.Analyze(new LineageRequest(sql));

        second.ColumnEdges.ShouldBe(first.ColumnEdges);
        second.Sources.ShouldBe(first.Sources);
    }

    [Fact]
    public void diagnostic_codes_are_stable()
    {
        DiagnosticCodes.ParseError.ShouldBe("SQL_PARSE_ERROR");
        DiagnosticCodes.Unsupported.ShouldBe("SQL_UNSUPPORTED");
        DiagnosticCodes.UnresolvedStar.ShouldBe("SQL_UNRESOLVED_STAR");
        DiagnosticCodes.AmbiguousColumn.ShouldBe("SQL_AMBIGUOUS_COLUMN");
        DiagnosticCodes.TooLarge.ShouldBe("SQL_TOO_LARGE");
        DiagnosticCodes.TooComplex.ShouldBe("SQL_TOO_COMPLEX");
    }

    [Fact]
    public void analysis_is_safe_to_run_in_parallel()
    {
        const string sql = "INSERT INTO t SELECT a.x, b.y FROM a JOIN b ON a.id = b.id";
        var expected = SqlLineageEngine.Analyze(new LineageRequest(sql)).ColumnEdges;

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => SqlLineageEngine.Analyze(new LineageRequest(sql)).ColumnEdges).ToList();

        results.ShouldAllBe(r => r.SequenceEqual(expected));
    }
}
