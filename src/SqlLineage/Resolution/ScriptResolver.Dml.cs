using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Resolution;

internal sealed partial class ScriptResolver
{
    private void ResolveInsert(InsertStatement insert)
    {
        var node = Catalog.Get(Catalog.Qualify(insert.Target));
        if (insert.Query is null)
        {
            node.Written = true;
            return;
        }

        var shape = _queries.ResolveQuery(WithCtes(insert.Query, insert.Ctes), null);
        IReadOnlyList<string>? columns = insert.Columns is { Count: > 0 } ? insert.Columns : node.Columns;
        Write(node, columns, shape, insert);
    }

    /// <summary>The scope a DML statement sees: its CTEs, then the target table under its alias.</summary>
    private (Scope Scope, Scope? Outer, TableNode Node) DmlScope(ObjectName target, string? alias, List<Cte> ctes, List<TableRef> from)
    {
        Scope? outer = null;
        if (ctes.Count > 0)
        {
            outer = new Scope(null) { Ctes = new Dictionary<string, QueryShape>(StringComparer.OrdinalIgnoreCase) };
            foreach (var cte in ctes)
            {
                outer.Ctes[cte.Name] = _queries.ResolveQuery(cte.Query, outer).Rename(cte.Columns);
            }
        }

        // T-SQL: UPDATE a SET ... FROM table a JOIN ...: the target is an alias declared in FROM.
        if (target.Parts.Count == 1 && alias is null && FindAliased(from, target.Last) is { } aliased)
        {
            target = aliased.Name;
            alias = aliased.Alias;
        }

        var node = Catalog.Get(Catalog.Qualify(target));
        _queries.WriteTarget = node;
        var scope = new Scope(outer);
        scope.Relations.Add(new TableRelation(node, alias ?? target.Last, alias is not null, node.Columns));
        return (scope, outer, node);
    }

    private static NamedTableRef? FindAliased(List<TableRef> from, string alias)
    {
        foreach (var table in from)
        {
            var found = Find(table);
            if (found is not null)
            {
                return found;
            }
        }

        return null;

        NamedTableRef? Find(TableRef table) => table switch
        {
            NamedTableRef named when named.Alias == alias => named,
            JoinRef join => Find(join.Left) ?? Find(join.Right),
            _ => null,
        };
    }

    private void ResolveUpdate(UpdateStatement update)
    {
        var (scope, outer, node) = DmlScope(update.Target, update.TargetAlias, update.Ctes, update.From);
        var indirect = new Lineage();
        var fromScope = new Scope(scope);
        foreach (var table in update.From)
        {
            _queries.AddTable(table, fromScope, outer, indirect);
        }

        // FROM relations first so that a self-listed target resolves through its alias.
        fromScope.Relations.AddRange(scope.Relations.Where(r => !fromScope.Relations.Any(f => f.Alias == r.Alias)));
        if (update.Where is not null)
        {
            _queries.Collect(update.Where, fromScope, EdgeFlags.Filter, indirect);
        }

        foreach (var assignment in update.Sets)
        {
            AssignColumns(node, assignment, fromScope, indirect);
        }

        node.Written = true;
        node.Upstream.UnionWith(_queries.Reads.Where(r => r != node));
    }

    private void AssignColumns(TableNode node, Assignment assignment, Scope scope, Lineage indirect)
    {
        if (assignment.Columns.Count > 1 && assignment.Value is SubqueryExpr { Kind: SubqueryKind.Scalar } subquery)
        {
            var shape = _queries.ResolveQuery(subquery.Query, scope);
            for (var i = 0; i < assignment.Columns.Count && i < shape.Columns.Count; i++)
            {
                var target = node.LineageOf(assignment.Columns[i]);
                target.AddFrom(shape.Columns[i].Lineage, EdgeFlags.Identity);
                target.AddFrom(indirect, EdgeFlags.Identity);
            }

            return;
        }

        if (assignment.Columns.Count > 1 && assignment.Value is CompositeExpr tuple && tuple.Children.Count == assignment.Columns.Count)
        {
            for (var i = 0; i < assignment.Columns.Count; i++)
            {
                AssignColumns(node, new Assignment([assignment.Columns[i]], tuple.Children[i]), scope, indirect);
            }

            return;
        }

        var lineage = new Lineage();
        _queries.Collect(assignment.Value, scope, EdgeFlags.Identity, lineage);
        lineage.AddFrom(indirect, EdgeFlags.Identity);
        foreach (var column in assignment.Columns)
        {
            node.LineageOf(column).AddFrom(lineage, EdgeFlags.Identity);
        }
    }

    private void ResolveDelete(DeleteStatement delete)
    {
        var (scope, outer, node) = DmlScope(delete.Target, delete.TargetAlias, delete.Ctes, delete.Using);
        var indirect = new Lineage();
        foreach (var table in delete.Using)
        {
            _queries.AddTable(table, scope, outer, indirect);
        }

        if (delete.Where is not null)
        {
            _queries.Collect(delete.Where, scope, EdgeFlags.Filter, indirect);
        }

        node.Written = true;
        node.Upstream.UnionWith(_queries.Reads.Where(r => r != node));
    }

    private void ResolveMerge(MergeStatement merge)
    {
        var (scope, outer, node) = DmlScope(merge.Target, merge.TargetAlias, merge.Ctes, []);
        var on = new Lineage();
        _queries.AddTable(merge.Source, scope, outer, on);
        var source = scope.Relations[^1];
        _queries.Collect(merge.On, scope, EdgeFlags.Join, on);
        foreach (var clause in merge.Clauses)
        {
            var indirect = on.Copy();
            if (clause.Condition is not null)
            {
                _queries.Collect(clause.Condition, scope, EdgeFlags.Conditional, indirect);
            }

            switch (clause.Action)
            {
                case MergeAction.Update when clause.Star:
                case MergeAction.Insert when clause.Star:
                    foreach (var column in source.KnownColumns ?? node.Columns ?? [])
                    {
                        var lineage = source.Column(column);
                        if (lineage is not null)
                        {
                            var target = node.LineageOf(column);
                            target.AddFrom(lineage, EdgeFlags.Identity);
                            target.AddFrom(indirect, EdgeFlags.Identity);
                        }
                    }

                    break;
                case MergeAction.Update:
                    foreach (var assignment in clause.Sets)
                    {
                        AssignColumns(node, assignment, scope, indirect);
                    }

                    break;
                case MergeAction.Insert:
                    var columns = clause.InsertColumns ?? node.Columns;
                    if (columns is null)
                    {
                        _diagnostics.Add(new Diagnostic("warning", DiagnosticCodes.UnresolvedStar, $"MERGE INSERT without a column list into '{node.Name}' needs its schema", merge.Line, merge.Column));
                        break;
                    }

                    for (var i = 0; i < columns.Count && i < clause.InsertValues.Count; i++)
                    {
                        AssignColumns(node, new Assignment([columns[i]], clause.InsertValues[i]), scope, indirect);
                    }

                    break;
            }
        }

        node.Written = true;
        node.Upstream.UnionWith(_queries.Reads.Where(r => r != node));
    }
}
