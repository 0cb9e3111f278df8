namespace DataSpine.SqlLineage.Resolution;

internal sealed class TableRelation(TableNode node, string alias, bool aliased, IReadOnlyList<string>? columns) : Relation(alias)
{
    public TableNode Node { get; } = node;

    public override IReadOnlyList<string>? KnownColumns { get; } = columns;

    public override Presence Has(string column) =>
        KnownColumns is null ? Presence.Maybe : Contains(KnownColumns, column) ? Presence.Yes : Presence.No;

    public override Lineage? Column(string column)
    {
        if (KnownColumns is not null)
        {
            if (!Contains(KnownColumns, column))
            {
                return null;
            }
        }

        return Lineage.Of(new SourceColumn(Node, column));
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
