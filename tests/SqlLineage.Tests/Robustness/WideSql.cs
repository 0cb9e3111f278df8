using System.Text;

namespace DataSpine.SqlLineage.Tests.Robustness;

/// <summary>Generated wide statements: legal SQL whose size is all in one list.</summary>
internal static class WideSql
{
    public static string Select(int columns) => $"SELECT {List(columns, "c{0}", ", ")} FROM wide_table";

    /// <summary>Every output column depends on every filter column: edges = columns × filters.</summary>
    public static string InsertFiltered(int columns, int filters) =>
        $"INSERT INTO out_t SELECT {List(columns, "c{0}", ", ")} FROM s WHERE {List(filters, "k{0} = 1", " AND ")}";

    public static string Script(int statements)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < statements; i++)
        {
            sql.Append("INSERT INTO t SELECT a FROM s;\n");
        }

        return sql.ToString();
    }

    private static string List(int count, string format, string separator) =>
        string.Join(separator, Enumerable.Range(0, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i)));
}
