namespace DataSpine.SqlLineage;

/// <summary>Table and column lineage of a statement or script, sorted ordinally.</summary>
/// <param name="Sources">Tables read (CTEs and script intermediates excluded).</param>
/// <param name="Targets">Tables written.</param>
/// <param name="ColumnEdges">Column edges into the written tables.</param>
/// <param name="Diagnostics">Problems found; analysis never throws.</param>
public sealed record LineageResult(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    IReadOnlyList<ColumnEdge> ColumnEdges,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// For a plain SELECT (no target): edges from source columns to the query's output column names.
    /// </summary>
    public IReadOnlyList<ColumnEdge> OutputColumnEdges { get; init; } = [];
}
