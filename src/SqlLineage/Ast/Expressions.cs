namespace DataSpine.SqlLineage.Ast;

/// <summary>
/// Expressions keep only what lineage needs: which columns they read and in which role
/// (value flow versus condition). Operators collapse into <see cref="CompositeExpr"/>.
/// </summary>
internal abstract class Expr;

internal sealed class ColumnRef(IReadOnlyList<string> parts, int line, int column) : Expr
{
    public IReadOnlyList<string> Parts { get; } = parts;

    public int Line { get; } = line;

    public int Column { get; } = column;
}

internal sealed class LiteralExpr(string? integer) : Expr
{
    public static readonly LiteralExpr Instance = new(null);

    /// <summary>Set for integer literals so that GROUP BY 1 / ORDER BY 2 can be read as ordinals.</summary>
    public string? Integer { get; } = integer;
}

/// <summary>* or t.*, with Snowflake/BigQuery modifiers EXCLUDE/EXCEPT, REPLACE, RENAME and ILIKE.</summary>
internal sealed class StarExpr(IReadOnlyList<string>? qualifier, int line, int column) : Expr
{
    public IReadOnlyList<string>? Qualifier { get; } = qualifier;

    public List<string> Except { get; } = [];

    public Dictionary<string, Expr> Replace { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Rename { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Like { get; set; }

    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>Children all carry their values into the result (arithmetic, comparison, cast, tuple, ...).</summary>
internal sealed class CompositeExpr(List<Expr> children) : Expr
{
    public List<Expr> Children { get; } = children;
}

internal sealed class WindowSpec(List<Expr> partitionBy, List<Expr> orderBy, string? reference)
{
    public List<Expr> PartitionBy { get; } = partitionBy;

    public List<Expr> OrderBy { get; } = orderBy;

    public string? Reference { get; } = reference;
}

internal sealed class FunctionCall(string name, List<Expr> args) : Expr
{
    public string Name { get; } = name;

    public List<Expr> Args { get; } = args;

    /// <summary>FILTER (WHERE ...) and ORDER BY inside the argument list: they steer, not feed, the value.</summary>
    public List<Expr> Conditions { get; } = [];

    public WindowSpec? Over { get; set; }
}

internal sealed class CaseExpr(Expr? operand, List<(Expr When, Expr Then)> branches, Expr? otherwise) : Expr
{
    public Expr? Operand { get; } = operand;

    public List<(Expr When, Expr Then)> Branches { get; } = branches;

    public Expr? Else { get; } = otherwise;
}

internal enum SubqueryKind
{
    Scalar,
    Exists,
    In,
}

internal sealed class SubqueryExpr(QueryExpr query, SubqueryKind kind) : Expr
{
    public QueryExpr Query { get; } = query;

    public SubqueryKind Kind { get; } = kind;
}
