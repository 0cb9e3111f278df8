namespace DataSpine.SqlLineage;

/// <summary>
/// Hard bounds on one analysis, so that no input holds a core for long: beyond them the request is refused
/// with SQL_TOO_LARGE (size) or SQL_TOO_COMPLEX / SQL_TOO_DEEP (shape), and the engine returns no lineage.
/// </summary>
public static class AnalysisLimits
{
    /// <summary>Longest SQL text analysed (SQL_TOO_LARGE).</summary>
    public const int MaxSqlLength = 2_000_000;

    /// <summary>Most tokens analysed, bounding work for inputs made of tiny tokens (SQL_TOO_LARGE).</summary>
    public const int MaxTokens = 400_000;

    /// <summary>Most statements in one script (SQL_TOO_COMPLEX).</summary>
    public const int MaxStatements = 20_000;

    /// <summary>Most output columns of one query (SQL_TOO_COMPLEX).</summary>
    public const int MaxColumns = 200_000;

    /// <summary>Most column edges in one answer (SQL_TOO_COMPLEX).</summary>
    public const int MaxColumnEdges = 1_000_000;

    /// <summary>
    /// Most units of resolution work (an expression visited, a column dependency copied). Lineage sets can
    /// multiply through chains of CTEs and temp tables; this bounds the product, not just the input size.
    /// Well under a second of one core (SQL_TOO_COMPLEX).
    /// </summary>
    public const long MaxWork = 5_000_000;
}
