namespace DataSpine.SqlLineage.Resolution;

internal enum Presence
{
    No,
    Maybe,
    Yes,
}

/// <summary>Something in a FROM clause that yields columns: a table, a CTE or subquery, a table function.</summary>
internal abstract class Relation(string? alias)
{
    public string? Alias { get; } = alias;

    /// <summary>Column names when all of them are known; null when the relation may have others.</summary>
    public abstract IReadOnlyList<string>? KnownColumns { get; }

    public abstract Presence Has(string column);

    /// <summary>The lineage of a column, or null when the relation surely lacks it.</summary>
    public abstract Lineage? Column(string column);

    public virtual bool MatchesQualifier(IReadOnlyList<string> qualifier) =>
        qualifier.Count == 1 && Alias is not null && string.Equals(qualifier[0], Alias, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every qualifier (parts joined by '.') that <see cref="MatchesQualifier"/> accepts.</summary>
    public virtual IEnumerable<string> QualifierKeys() => Alias is null ? [] : [Alias];

    protected static bool Contains(IReadOnlyList<string> names, string column)
    {
        foreach (var name in names)
        {
            if (string.Equals(name, column, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
