namespace DataSpine.SqlLineage;

/// <summary>The grammars the engine has; every accepted dialect name maps to one of them.</summary>
internal enum Dialect
{
    Ansi,
    Postgres,

    /// <summary>PostgreSQL's grammar, but a select item may use an earlier item's alias.</summary>
    Redshift,
    Snowflake,
    Hive,
    MySql,
    TSql,
    BigQuery,
}

internal static class DialectNames
{
    public static Dialect Parse(string? name) =>
        SqlDialects.Grammars.TryGetValue((name ?? "").Trim(), out var dialect) ? dialect : Dialect.Ansi;

    public static bool IsPostgresFamily(this Dialect d) => d is Dialect.Postgres or Dialect.Redshift;

    /// <summary>Dialects where a double-quoted token is a string literal, not an identifier.</summary>
    public static bool DoubleQuoteIsString(this Dialect d) => d is Dialect.MySql or Dialect.BigQuery or Dialect.Hive;

    /// <summary>Dialects where a backslash escapes inside single-quoted strings.</summary>
    public static bool BackslashEscapes(this Dialect d) => d is Dialect.MySql or Dialect.BigQuery or Dialect.Hive;
}
