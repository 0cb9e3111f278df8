namespace DataSpine.SqlLineage.Ast;

internal abstract class QueryExpr
{
    public List<Cte> Ctes { get; set; } = [];

    public List<Expr> OrderBy { get; set; } = [];
}

internal sealed record Cte(string Name, IReadOnlyList<string>? Columns, QueryExpr Query, bool Recursive);

internal sealed record SelectItem(Expr Expr, string? Alias);

internal sealed class SelectQuery : QueryExpr
{
    public List<SelectItem> Items { get; } = [];

    public List<TableRef> From { get; } = [];

    public Expr? Where { get; set; }

    public List<Expr> GroupBy { get; } = [];

    public Expr? Having { get; set; }

    public Expr? Qualify { get; set; }

    public List<Expr> DistinctOn { get; } = [];

    public Dictionary<string, WindowSpec> Windows { get; } = new(StringComparer.Ordinal);

    /// <summary>SELECT ... INTO target (T-SQL, PostgreSQL): makes the query a CREATE TABLE AS.</summary>
    public ObjectName? Into { get; set; }

    public bool IntoTemp { get; set; }
}

internal sealed class SetOperationQuery(QueryExpr left, QueryExpr right, string op) : QueryExpr
{
    public QueryExpr Left { get; } = left;

    public QueryExpr Right { get; } = right;

    public string Operator { get; } = op;
}

internal sealed class ValuesQuery(List<List<Expr>> rows) : QueryExpr
{
    public List<List<Expr>> Rows { get; } = rows;
}
