namespace DataSpine.SqlLineage;

/// <summary>A column-level edge, typed as in OpenLineage's column-lineage facet.</summary>
/// <param name="Source">The read column: "schema.table.col" or "table.col".</param>
/// <param name="Target">The written column, in the same form.</param>
/// <param name="Type">"DIRECT" when the value flows into the target, "INDIRECT" when the source only influences it.</param>
/// <param name="Subtype">
/// DIRECT: IDENTITY (copied as is), TRANSFORMATION (computed from it), AGGREGATION (summarised over rows).
/// INDIRECT: JOIN, GROUP_BY, FILTER (WHERE, HAVING, QUALIFY, IN/EXISTS), SORT, WINDOW (PARTITION BY / ORDER BY
/// of a window), CONDITIONAL (CASE/IF conditions, MERGE WHEN conditions, PIVOT keys). A source steering a
/// target in several ways yields one INDIRECT edge per subtype; a DIRECT edge carries its strongest subtype.
/// </param>
public sealed record ColumnEdge(string Source, string Target, string Type, string Subtype);
