namespace DataSpine.SqlLineage.Resolution;

/// <summary>
/// Composition rules for <see cref="EdgeFlags"/>. A use is how an expression consumes its operand; the
/// identity use passes a lineage through unchanged, so it doubles as "copy as is".
/// </summary>
internal static class EdgeKinds
{
    /// <summary>
    /// Flags of an inner lineage seen through a use. Direct through direct keeps the strongest direct kind
    /// (aggregation over transformation over identity) and the inner indirect kinds; an indirect use makes
    /// everything its own kind (a column filtering a CTE that is joined on joins, as OpenLineage composes).
    /// </summary>
    public static EdgeFlags Compose(EdgeFlags use, EdgeFlags inner)
    {
        var result = EdgeFlags.None;
        if ((use & EdgeFlags.Direct) != 0)
        {
            if ((inner & EdgeFlags.Direct) != 0)
            {
                result |= Strongest((use | inner) & EdgeFlags.Direct);
            }

            result |= inner & EdgeFlags.Indirect;
        }

        if ((use & EdgeFlags.Indirect) != 0 && inner != EdgeFlags.None)
        {
            result |= use & EdgeFlags.Indirect;
        }

        return result;
    }

    /// <summary>The operand of an operator, cast or function: a direct use becomes at least a transformation.</summary>
    public static EdgeFlags Transformed(EdgeFlags use) => Raise(use, EdgeFlags.Transformation);

    /// <summary>The argument of an aggregate function.</summary>
    public static EdgeFlags Aggregated(EdgeFlags use) => Raise(use, EdgeFlags.Aggregation);

    /// <summary>A value that only steers (condition, key, ordering): a direct use becomes that indirect kind; an indirect use keeps its own.</summary>
    public static EdgeFlags Steer(EdgeFlags use, EdgeFlags kind) =>
        (use & EdgeFlags.Indirect) | ((use & EdgeFlags.Direct) != 0 ? kind : EdgeFlags.None);

    public static EdgeFlags Strongest(EdgeFlags direct) =>
        (direct & EdgeFlags.Aggregation) != 0 ? EdgeFlags.Aggregation
        : (direct & EdgeFlags.Transformation) != 0 ? EdgeFlags.Transformation
        : (direct & EdgeFlags.Identity) != 0 ? EdgeFlags.Identity
        : EdgeFlags.None;

    /// <summary>OpenLineage's subtype names, for each single indirect flag and the strongest direct one.</summary>
    public static IReadOnlyList<(string Type, string Subtype)> Names(EdgeFlags flags) => NamesByFlags[(int)flags & 511];

    // Every combination of the nine flags, computed once: edges are named without allocating per edge.
    private static readonly (string Type, string Subtype)[][] NamesByFlags = [.. Enumerable.Range(0, 512).Select(f => ComputeNames((EdgeFlags)f))];

    private static (string Type, string Subtype)[] ComputeNames(EdgeFlags flags)
    {
        var names = new List<(string, string)>();
        var direct = Strongest(flags & EdgeFlags.Direct);
        if (direct != EdgeFlags.None)
        {
            names.Add(("DIRECT", Name(direct)));
        }

        for (var bit = EdgeFlags.Join; bit <= EdgeFlags.Conditional; bit = (EdgeFlags)((int)bit << 1))
        {
            if ((flags & bit) != 0)
            {
                names.Add(("INDIRECT", Name(bit)));
            }
        }

        return [.. names];
    }

    private static EdgeFlags Raise(EdgeFlags use, EdgeFlags to) =>
        (use & EdgeFlags.Direct) == 0 ? use : (use & EdgeFlags.Indirect) | Strongest((use & EdgeFlags.Direct) | to);

    private static string Name(EdgeFlags single) => single switch
    {
        EdgeFlags.Identity => "IDENTITY",
        EdgeFlags.Transformation => "TRANSFORMATION",
        EdgeFlags.Aggregation => "AGGREGATION",
        EdgeFlags.Join => "JOIN",
        EdgeFlags.GroupBy => "GROUP_BY",
        EdgeFlags.Filter => "FILTER",
        EdgeFlags.Sort => "SORT",
        EdgeFlags.Window => "WINDOW",
        _ => "CONDITIONAL",
    };
}
