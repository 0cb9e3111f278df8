namespace DataSpine.SqlLineage.Resolution;

/// <summary>A CTE or subquery; columns an unexpanded * let through are looked up in its passthrough relations.</summary>
internal sealed class DerivedRelation(string? alias, QueryShape shape) : Relation(alias)
{
    public QueryShape Shape { get; } = shape;

    public override IReadOnlyList<string>? KnownColumns =>
        Shape.Passthrough.Count == 0 ? Shape.Columns.Select(c => c.Name).ToList() : null;

    public override Presence Has(string column)
    {
        if (Shape.Find(column) is not null)
        {
            return Presence.Yes;
        }

        var result = Presence.No;
        foreach (var relation in Shape.Passthrough)
        {
            var presence = relation.Has(column);
            if (presence > result)
            {
                result = presence;
            }
        }

        return result == Presence.Yes ? Presence.Maybe : result;
    }

    public override Lineage? Column(string column)
    {
        var found = Shape.Find(column);
        if (found is not null)
        {
            return found.Lineage;
        }

        foreach (var relation in Shape.Passthrough)
        {
            if (relation.Has(column) != Presence.No)
            {
                var lineage = relation.Column(column);
                if (lineage is not null)
                {
                    var result = lineage.Copy();
                    result.AddFrom(Shape.QueryIndirect, EdgeFlags.Identity);
                    return result;
                }
            }
        }

        return null;
    }
}
