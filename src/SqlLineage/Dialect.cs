namespace DataSpine.SqlLineage;

internal enum Dialect
{
    Ansi,
    Postgres,
    Snowflake,
    Hive,
    MySql,
    TSql,
    BigQuery,
}

internal static class DialectNames
{
    public static Dialect Parse(string? name) => (name ?? "").Trim().ToLowerInvariant() switch
    {
        "postgres" or "postgresql" or "redshift" or "pg" => Dialect.Postgres,
        "snowflake" => Dialect.Snowflake,
        "hive" or "spark" or "sparksql" or "spark_sql" or "databricks" => Dialect.Hive,
        "mysql" or "mariadb" => Dialect.MySql,
        "tsql" or "t-sql" or "mssql" or "sqlserver" or "synapse" => Dialect.TSql,
        "bigquery" or "bq" => Dialect.BigQuery,
        _ => Dialect.Ansi,
    };

    /// <summary>Dialects where a double-quoted token is a string literal, not an identifier.</summary>
    public static bool DoubleQuoteIsString(this Dialect d) => d is Dialect.MySql or Dialect.BigQuery or Dialect.Hive;

    /// <summary>Dialects where a backslash escapes inside single-quoted strings.</summary>
    public static bool BackslashEscapes(this Dialect d) => d is Dialect.MySql or Dialect.BigQuery or Dialect.Hive;
}

/// <summary>The dialect names the engine understands (anything else would be read as ANSI).</summary>
public static class SqlDialects
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "ansi", "postgres", "postgresql", "redshift", "pg", "snowflake", "hive", "spark", "sparksql", "spark_sql", "databricks",
        "mysql", "mariadb", "tsql", "t-sql", "mssql", "sqlserver", "synapse", "bigquery", "bq",
    ];

    public static bool IsKnown(string? name) => name is not null && Names.Contains(name.Trim().ToLowerInvariant());
}
