namespace DataSpine.SqlLineage;

/// <summary>SQL text to analyse, its dialect, and optional known table schemas.</summary>
/// <param name="Sql">One statement or a script of statements.</param>
/// <param name="Dialect">ansi, postgres, snowflake, hive, spark, mysql, tsql or bigquery.</param>
/// <param name="DefaultSchema">Prefixed to unqualified table names when given.</param>
/// <param name="Schemas">Maps "schema.table" or "table" to its column names, used to expand * and resolve unqualified columns.</param>
public sealed record LineageRequest(
    string Sql,
    string Dialect = "ansi",
    string? DefaultSchema = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Schemas = null);
