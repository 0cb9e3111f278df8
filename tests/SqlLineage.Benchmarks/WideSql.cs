using System.Text;

namespace DataSpine.SqlLineage.Benchmarks;

/// <summary>Generated hostile-but-legal SQL: very wide SELECTs and INSERTs (100,000 columns is about 590 KB).</summary>
internal static class WideSql
{
    public static string Select(int columns)
    {
        var sql = new StringBuilder("SELECT ");
        for (var i = 0; i < columns; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append('c').Append(i);
        }

        return sql.Append(" FROM wide_table").ToString();
    }

    /// <summary>Every output column depends on every filter column: edges = columns × filters.</summary>
    public static string InsertFiltered(int columns, int filters) =>
        "INSERT INTO out_t " + Select(columns).Replace(" FROM wide_table", " FROM s WHERE ", StringComparison.Ordinal)
        + string.Join(" AND ", Enumerable.Range(0, filters).Select(i => $"k{i} = 1"));

    public static string InsertSelect(int columns) => "INSERT INTO mart.wide_copy " + Select(columns);
}
