namespace DataSpine.SqlLineage.Resolution;

internal sealed class TableRelation(TableNode node, string alias, bool aliased, IReadOnlyList<string>? columns) : Relation(alias)
{
    public TableNode Node { get; } = node;

    private HashSet<string>? _known;

    public override IReadOnlyList<string>? KnownColumns { get; } = columns;

    public override Presence Has(string column) =>
        KnownColumns is null ? Presence.Maybe : IsKnown(column) ? Presence.Yes : Presence.No;

    public override Lineage? Column(string column)
    {
        if (KnownColumns is not null && !IsKnown(column))
        {
            return null;
        }

        return Lineage.Of(new SourceColumn(Node, column));
    }

    /// <summary>Schemas may be wide: a set keeps many references to one table linear.</summary>
    private bool IsKnown(string column)
    {
        if (KnownColumns!.Count <= 16)
        {
            return Contains(KnownColumns, column);
        }

        _known ??= new HashSet<string>(KnownColumns, StringComparer.OrdinalIgnoreCase);
        return _known.Contains(column);
    }

    public override IEnumerable<string> QualifierKeys()
    {
        foreach (var key in base.QualifierKeys())
        {
            yield return key;
        }

        var name = Node.Name;
        var start = 0;
        while (true)
        {
            var suffix = name[start..];
            if (!(aliased && !suffix.Contains('.', StringComparison.Ordinal)))
            {
                yield return suffix;
            }

            var dot = name.IndexOf('.', start);
            if (dot < 0)
            {
                yield break;
            }

            start = dot + 1;
        }
    }

    public override bool MatchesQualifier(IReadOnlyList<string> qualifier)
    {
        if (base.MatchesQualifier(qualifier))
        {
            return true;
        }

        // A table may be qualified by its own (suffix of the) name unless an alias hides it.
        if (aliased && qualifier.Count == 1)
        {
            return false;
        }

        var name = Node.Name;
        var suffix = string.Join('.', qualifier);
        return string.Equals(name, suffix, StringComparison.OrdinalIgnoreCase)
            || (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name[name.Length - suffix.Length - 1] == '.');
    }
}
