namespace DataSpine.SqlLineage;

/// <summary>
/// One statement's own table lineage, before the script view: tables it reads and writes under the names
/// they have at that point, temp and intermediate tables included.
/// </summary>
/// <param name="Line">1-based line where the statement starts.</param>
/// <param name="Column">1-based column where the statement starts.</param>
/// <param name="Sources">Tables and paths the statement reads.</param>
/// <param name="Targets">Tables and paths the statement writes (a rename's new name, a dropped or truncated table).</param>
public sealed record StatementLineage(int Line, int Column, IReadOnlyList<string> Sources, IReadOnlyList<string> Targets);
