
namespace DataSpine.Grains.Lineage;

/// <summary>SQL to analyse; schemas map "schema.table" or "table" to column names (for * and unqualified columns).</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.SqlLineageRequest")]
public sealed record SqlLineageRequest(string Sql, string Dialect, string? DefaultSchema, IReadOnlyDictionary<string, IReadOnlyList<string>>? Schemas);

/// <summary>A column-level edge: type DIRECT (the value flows) or INDIRECT, and OpenLineage's subtype (IDENTITY, TRANSFORMATION, AGGREGATION, JOIN, GROUP_BY, FILTER, SORT, WINDOW, CONDITIONAL).</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.SqlColumnEdge")]
public sealed record SqlColumnEdge(string Source, string Target, string Type, string? Subtype = null);

/// <summary>A problem found in the SQL, with where it is; analysis degrades to table level rather than failing.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.SqlDiagnostic")]
public sealed record SqlDiagnostic(string Severity, string Code, string Message, int Line, int Column);

[GenerateSerializer, Immutable, Alias("ds.lineage.SqlLineageResult")]
public sealed record SqlLineageResult(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    IReadOnlyList<SqlColumnEdge> ColumnEdges,
    IReadOnlyList<SqlColumnEdge> OutputColumnEdges,
    IReadOnlyList<SqlDiagnostic> Diagnostics);

/// <summary>Runs the SQL lineage engine (pure and stateless, so any silo can).</summary>
[Alias("ds.lineage.ISqlLineageGrain")]
public interface ISqlLineageGrain : IGrainWithStringKey
{
    Task<SqlLineageResult> AnalyzeAsync(SqlLineageRequest request);
}
