namespace DataSpine.SqlLineage.Ast;

internal abstract class TableRef
{
    public string? Alias { get; set; }

    public IReadOnlyList<string>? ColumnAliases { get; set; }
}

internal sealed class NamedTableRef(ObjectName name) : TableRef
{
    public ObjectName Name { get; } = name;
}

internal sealed class DerivedTableRef(QueryExpr query, bool lateral) : TableRef
{
    public QueryExpr Query { get; } = query;

    public bool Lateral { get; } = lateral;
}

/// <summary>UNNEST, FLATTEN, explode, generate_series, TABLE(...): every output column derives from the arguments.</summary>
internal sealed class FunctionTableRef(FunctionCall call) : TableRef
{
    public FunctionCall Call { get; } = call;

    /// <summary>BigQuery UNNEST(...) WITH OFFSET AS pos.</summary>
    public string? OffsetAlias { get; set; }
}

internal sealed class JoinRef(TableRef left, TableRef right, string kind) : TableRef
{
    public TableRef Left { get; } = left;

    public TableRef Right { get; } = right;

    public string Kind { get; } = kind;

    public Expr? On { get; set; }

    public List<string> Using { get; } = [];
}

/// <summary>
/// PIVOT (agg(x) FOR col IN (v1, v2)) or UNPIVOT (value FOR name IN (c1, c2)) over an input relation.
/// </summary>
internal sealed class PivotRef(TableRef input, bool unpivot) : TableRef
{
    public TableRef Input { get; } = input;

    public bool Unpivot { get; } = unpivot;

    /// <summary>PIVOT: the aggregates. UNPIVOT: the columns folded into the value column.</summary>
    public List<Expr> Values { get; } = [];

    /// <summary>PIVOT: the FOR column(s) whose values become new columns.</summary>
    public List<Expr> For { get; } = [];

    /// <summary>PIVOT: names of the new columns (IN list values or their aliases). UNPIVOT: value and name columns.</summary>
    public List<string> NewColumns { get; } = [];
}
