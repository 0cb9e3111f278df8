namespace DataSpine.SqlLineage.Resolution;

/// <summary>
/// UNNEST / FLATTEN / explode and friends: every column they yield derives from their arguments. In
/// BigQuery the alias of UNNEST names the element itself, so a bare reference to the alias is this relation's.
/// </summary>
internal sealed class FunctionRelation(string? alias, IReadOnlyList<string>? columns, Lineage arguments, string? offsetAlias) : Relation(alias)
{
    public override IReadOnlyList<string>? KnownColumns { get; } = columns;

    public override Presence Has(string column)
    {
        if (IsOffset(column) || (KnownColumns is null && string.Equals(column, Alias, StringComparison.OrdinalIgnoreCase)))
        {
            return Presence.Yes;
        }

        return KnownColumns is null ? Presence.Maybe : Contains(KnownColumns, column) ? Presence.Yes : Presence.No;
    }

    public override Lineage? Column(string column) =>
        IsOffset(column) ? new Lineage() : Has(column) == Presence.No ? null : arguments;

    private bool IsOffset(string column) => offsetAlias is not null && string.Equals(column, offsetAlias, StringComparison.OrdinalIgnoreCase);
}
