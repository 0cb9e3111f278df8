using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>Walks a query's scopes and computes the lineage of each output column.</summary>
internal sealed partial class QueryResolver(Catalog catalog, List<Diagnostic> diagnostics, bool lateralAliases, bool whereAliases)
{
    private readonly HashSet<(int Line, int Column, string Code)> _reported = [];

    public Catalog Catalog { get; } = catalog;

    /// <summary>Tables read by the current statement.</summary>
    public HashSet<TableNode> Reads { get; set; } = [];

    /// <summary>Script variables (DECLARE); a bare name no table surely has refers to one of them.</summary>
    public HashSet<string> Variables { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The table an UPDATE, MERGE or DELETE writes; referring to it is not a read.</summary>
    public TableNode? WriteTarget { get; set; }

    private void Report(string severity, string code, string message, int line, int column)
    {
        if (_reported.Add((line, column, code)))
        {
            diagnostics.Add(new Diagnostic(severity, code, message, line, column));
        }
    }

    public QueryShape ResolveQuery(QueryExpr query, Scope? parent)
    {
        StackGuard.Check();
        var scope = parent;
        if (query.Ctes.Count > 0)
        {
            scope = new Scope(parent) { Ctes = new Dictionary<string, QueryShape>(StringComparer.OrdinalIgnoreCase) };
            foreach (var cte in query.Ctes)
            {
                scope.Ctes[cte.Name] = ResolveCte(cte, scope);
            }
        }

        return query switch
        {
            SelectQuery select => ResolveSelect(select, scope),
            SetOperationQuery set => ResolveSetOperation(set, scope),
            ValuesQuery values => ResolveValues(values, scope),
            _ => new QueryShape([], [], new Lineage()),
        };
    }

    private QueryShape ResolveCte(Cte cte, Scope scope)
    {
        if (cte.Recursive && cte.Query is SetOperationQuery set)
        {
            // The anchor gives the recursive reference its columns; a second pass folds the recursive branch in.
            var anchor = ResolveQuery(Anchor(set), scope).Rename(cte.Columns);
            scope.Ctes![cte.Name] = anchor;
            var once = ResolveQuery(cte.Query, scope).Rename(cte.Columns);
            scope.Ctes[cte.Name] = once;
            return ResolveQuery(cte.Query, scope).Rename(cte.Columns);
        }

        return ResolveQuery(cte.Query, scope).Rename(cte.Columns);
    }

    private static QueryExpr Anchor(SetOperationQuery set)
    {
        var left = set.Left;
        while (left is SetOperationQuery inner)
        {
            left = inner.Left;
        }

        return left;
    }

    /// <summary>
    /// Columns of a UNION/INTERSECT/EXCEPT chain by position. The parser builds a left-deep tree; walking its
    /// branches in a loop and folding each into one lineage per column keeps a 10,000-branch UNION ALL linear
    /// (copying at every level would be quadratic) and shallow.
    /// </summary>
    private QueryShape ResolveSetOperation(SetOperationQuery set, Scope? scope)
    {
        var branches = new List<QueryExpr>();
        QueryExpr node = set;
        while (node is SetOperationQuery inner && (inner == set || inner.Ctes.Count == 0))
        {
            branches.Add(inner.Right);
            node = inner.Left;
        }

        branches.Add(node);
        branches.Reverse();

        var first = ResolveQuery(branches[0], scope);
        var columns = new List<OutputColumn>(first.Columns.Count);
        foreach (var column in first.Columns)
        {
            columns.Add(new OutputColumn(column.Name, column.Lineage.Copy()));
        }

        var passthrough = new List<Relation>(first.Passthrough);
        var indirect = first.QueryIndirect.Copy();
        for (var b = 1; b < branches.Count; b++)
        {
            var branch = ResolveQuery(branches[b], scope);
            for (var i = 0; i < columns.Count && i < branch.Columns.Count; i++)
            {
                columns[i].Lineage.AddFrom(branch.Columns[i].Lineage, EdgeFlags.Identity);
            }

            passthrough.AddRange(branch.Passthrough);
            indirect.AddFrom(branch.QueryIndirect, EdgeFlags.Identity);
        }

        return new QueryShape(columns, passthrough, indirect);
    }

    private QueryShape ResolveValues(ValuesQuery values, Scope? scope)
    {
        var columns = new List<OutputColumn>();
        var local = new Scope(scope);
        foreach (var row in values.Rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i >= columns.Count)
                {
                    columns.Add(new OutputColumn($"column{i + 1}", new Lineage()));
                }

                Collect(row[i], local, EdgeFlags.Identity, columns[i].Lineage);
            }
        }

        return new QueryShape(columns, [], new Lineage());
    }
}
