namespace DataSpine.SqlLineage;

/// <summary>
/// The dialect names the engine accepts: every name sqlglot accepts (its list is the one users know), and
/// common aliases. Each maps to the closest grammar the engine has; what decides closeness is identifier and
/// string quoting, whether a select item may use an earlier item's alias, and whether a database is a schema.
/// </summary>
public static class SqlDialects
{
    internal static readonly Dictionary<string, Dialect> Grammars = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = Dialect.Ansi,
        ["ansi"] = Dialect.Ansi,
        ["sql"] = Dialect.Ansi,

        // Double-quoted identifiers and standard strings, often with lateral aliases.
        ["trino"] = Dialect.Ansi,
        ["presto"] = Dialect.Ansi,
        ["athena"] = Dialect.Ansi,
        ["dune"] = Dialect.Ansi,
        ["duckdb"] = Dialect.Ansi,
        ["oracle"] = Dialect.Ansi,
        ["teradata"] = Dialect.Ansi,
        ["vertica"] = Dialect.Ansi,
        ["exasol"] = Dialect.Ansi,
        ["db2"] = Dialect.Ansi,
        ["clickhouse"] = Dialect.Ansi,
        ["posthog_clickhouse"] = Dialect.Ansi,
        ["sqlite"] = Dialect.Ansi,
        ["drill"] = Dialect.Ansi,
        ["dremio"] = Dialect.Ansi,
        ["druid"] = Dialect.Ansi,
        ["firebolt"] = Dialect.Ansi,
        ["netezza"] = Dialect.Ansi,
        ["tableau"] = Dialect.Ansi,
        ["solr"] = Dialect.Ansi,
        ["prql"] = Dialect.Ansi,
        ["feldera"] = Dialect.Ansi,
        ["nuodb"] = Dialect.Ansi,
        ["dameng"] = Dialect.Ansi,
        ["ydb"] = Dialect.Ansi,
        ["tdengine"] = Dialect.Ansi,
        ["timeplus"] = Dialect.Ansi,
        ["dax"] = Dialect.Ansi,

        // PostgreSQL's grammar and its wire-compatible engines.
        ["postgres"] = Dialect.Postgres,
        ["postgresql"] = Dialect.Postgres,
        ["pg"] = Dialect.Postgres,
        ["redshift"] = Dialect.Redshift,
        ["materialize"] = Dialect.Postgres,
        ["risingwave"] = Dialect.Postgres,
        ["cratedb"] = Dialect.Postgres,

        ["snowflake"] = Dialect.Snowflake,

        // Backticks, double-quoted strings, database = schema.
        ["hive"] = Dialect.Hive,
        ["spark"] = Dialect.Hive,
        ["spark2"] = Dialect.Hive,
        ["sparksql"] = Dialect.Hive,
        ["spark_sql"] = Dialect.Hive,
        ["databricks"] = Dialect.Hive,
        ["clickzetta"] = Dialect.Hive,
        ["impala"] = Dialect.Hive,

        ["mysql"] = Dialect.MySql,
        ["mariadb"] = Dialect.MySql,
        ["doris"] = Dialect.MySql,
        ["starrocks"] = Dialect.MySql,
        ["singlestore"] = Dialect.MySql,
        ["singlestoredb"] = Dialect.MySql,
        ["tidb"] = Dialect.MySql,
        ["gbase8a"] = Dialect.MySql,

        ["tsql"] = Dialect.TSql,
        ["t-sql"] = Dialect.TSql,
        ["transactsql"] = Dialect.TSql,
        ["mssql"] = Dialect.TSql,
        ["sqlserver"] = Dialect.TSql,
        ["synapse"] = Dialect.TSql,
        ["fabric"] = Dialect.TSql,

        ["bigquery"] = Dialect.BigQuery,
        ["bq"] = Dialect.BigQuery,
    };

    /// <summary>Every accepted name except the empty one (which means ANSI), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Grammars.Keys.Where(n => n.Length > 0).Order(StringComparer.Ordinal)];

    public static bool IsKnown(string? name) => name is not null && Grammars.ContainsKey(name.Trim());

    /// <summary>The grammar a dialect name is analysed with ("ansi" for an unknown name).</summary>
    public static string GrammarOf(string? name) => DialectNames.Parse(name).ToString().ToLowerInvariant();
}
