using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests.Dialects;

public sealed class DialectNameTests
{
    // sqlglot's dialect names (its Dialects enum and dialect modules), the list users bring.
    public static TheoryData<string> SqlglotNames() =>
    [
        "athena", "bigquery", "clickhouse", "clickzetta", "cratedb", "dameng", "databricks", "db2", "doris", "dremio",
        "drill", "druid", "duckdb", "dune", "exasol", "fabric", "feldera", "firebolt", "gbase8a", "hive", "materialize",
        "mysql", "netezza", "nuodb", "oracle", "postgres", "presto", "prql", "redshift", "risingwave", "singlestore",
        "snowflake", "solr", "spark", "spark2", "sqlite", "starrocks", "synapse", "tableau", "tdengine", "teradata",
        "timeplus", "trino", "tsql", "vertica", "ydb",
    ];

    [Theory]
    [MemberData(nameof(SqlglotNames))]
    public void every_sqlglot_dialect_name_is_accepted(string name)
    {
        SqlDialects.IsKnown(name).ShouldBeTrue();
        SqlDialects.IsKnown(name.ToUpperInvariant()).ShouldBeTrue();
        SqlDialects.Names.ShouldContain(name);
    }

    [Theory]
    [InlineData("trino", "ansi")]
    [InlineData("oracle", "ansi")]
    [InlineData("duckdb", "ansi")]
    [InlineData("redshift", "redshift")]
    [InlineData("materialize", "postgres")]
    [InlineData("spark2", "hive")]
    [InlineData("databricks", "hive")]
    [InlineData("starrocks", "mysql")]
    [InlineData("fabric", "tsql")]
    [InlineData("bigquery", "bigquery")]
    public void each_name_maps_to_the_closest_grammar(string name, string grammar) =>
        SqlDialects.GrammarOf(name).ShouldBe(grammar);

    [Theory]
    [InlineData("cobol")]
    [InlineData("excel")]
    [InlineData(null)]
    public void other_names_are_not_known(string? name) => SqlDialects.IsKnown(name).ShouldBeFalse();

    [Fact]
    public void hive_family_reads_double_quotes_as_strings_and_ansi_family_as_identifiers()
    {
        const string sql = "INSERT INTO t SELECT \"a\" FROM s";

        SqlLineageEngine.Analyze(new LineageRequest(sql, "spark2")).ColumnEdges.ShouldBeEmpty();
        SqlLineageEngine.Analyze(new LineageRequest(sql, "trino")).ColumnEdges.ShouldBe([new ColumnEdge("s.a", "t.a", "DIRECT", "IDENTITY")]);
    }
}
