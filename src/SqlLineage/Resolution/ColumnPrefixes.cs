namespace DataSpine.SqlLineage.Resolution;

/// <summary>
/// Warehouse schemas often prefix columns with their table's initials (TPC-H l_orderkey in lineitem,
/// TPC-DS ss_sold_date_sk in store_sales). When an unqualified column could come from several tables
/// without schemas, a single table whose name matches the prefix is the plausible owner.
/// </summary>
internal static class ColumnPrefixes
{
    public static Relation? SingleMatch(IEnumerable<Relation> candidates, string column)
    {
        var underscore = column.IndexOf('_', StringComparison.Ordinal);
        if (underscore is < 1 or > 4)
        {
            return null;
        }

        var prefix = column[..underscore];
        Relation? match = null;
        foreach (var relation in candidates)
        {
            if (relation is not TableRelation table)
            {
                return null;
            }

            var name = table.Node.Name[(table.Node.Name.LastIndexOf('.') + 1)..];
            if (Initials(name).Equals(prefix, StringComparison.OrdinalIgnoreCase)
                || (prefix.Length == 1 && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                || string.Equals(table.Alias, prefix, StringComparison.OrdinalIgnoreCase))
            {
                if (match is not null)
                {
                    return null;
                }

                match = relation;
            }
        }

        return match;
    }

    private static string Initials(string name)
    {
        var words = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : string.Concat(words.Select(w => w[0]));
    }
}
