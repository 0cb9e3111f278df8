namespace DataSpine.SqlLineage;

/// <summary>
/// Table and column lineage of a statement or script, sorted ordinally. Sources, Targets and ColumnEdges are
/// the script's net view: intermediate tables (temp tables, tables created and dropped, and tables the
/// script writes and later reads) are left out and their upstream flows through to what reads them.
/// <see cref="Statements"/> is the statement-by-statement view with every table under its name at the time.
/// </summary>
/// <param name="Sources">Tables and paths read from outside the script (CTEs and intermediates excluded).</param>
/// <param name="Targets">Tables and paths the script leaves written (intermediates excluded).</param>
/// <param name="ColumnEdges">Column edges into the targets, traced through intermediates.</param>
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

    /// <summary>The script's intermediate tables: written and used inside it, in neither Sources nor Targets.</summary>
    public IReadOnlyList<string> Intermediates { get; init; } = [];

    /// <summary>Each statement's own sources and targets, in script order (statements with neither are left out).</summary>
    public IReadOnlyList<StatementLineage> Statements { get; init; } = [];
}
