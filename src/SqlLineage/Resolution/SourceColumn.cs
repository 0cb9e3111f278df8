namespace DataSpine.SqlLineage.Resolution;

/// <summary>A column of a table as seen during one script; tables are nodes so that renames and temp tables can be followed.</summary>
internal readonly record struct SourceColumn(TableNode Table, string Column);
