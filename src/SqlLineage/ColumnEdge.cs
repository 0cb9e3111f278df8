namespace DataSpine.SqlLineage;

/// <summary>A column-level edge.</summary>
/// <param name="Source">The read column: "schema.table.col" or "table.col".</param>
/// <param name="Target">The written column, in the same form.</param>
/// <param name="Type">"DIRECT" when the value flows into the target, "INDIRECT" when the source only influences it (filter, join, grouping, sort, window, condition).</param>
public sealed record ColumnEdge(string Source, string Target, string Type);
