using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Resolution;

internal sealed partial class QueryResolver
{
    /// <summary>Adds the relations of one FROM item to the scope; join conditions feed the query's indirect lineage.</summary>
    public void AddTable(TableRef table, Scope scope, Scope? outer, Lineage indirect)
    {
        switch (table)
        {
            case NamedTableRef named:
                scope.Relations.Add(ResolveNamed(named, outer));
                break;
            case DerivedTableRef derived:
                var shape = ResolveQuery(derived.Query, derived.Lateral ? scope : outer).Rename(derived.ColumnAliases);
                scope.Relations.Add(new DerivedRelation(derived.Alias, shape));
                break;
            case FunctionTableRef function:
                var arguments = new Lineage();
                Collect(function.Call, scope, EdgeFlags.Identity, arguments);
                scope.Relations.Add(new FunctionRelation(function.Alias ?? function.Call.Name, function.ColumnAliases, arguments, function.OffsetAlias));
                break;
            case JoinRef join:
                AddTable(join.Left, scope, outer, indirect);
                AddTable(join.Right, scope, outer, indirect);
                if (join.On is not null)
                {
                    Collect(join.On, scope, EdgeFlags.Join, indirect);
                }

                foreach (var column in join.Using)
                {
                    scope.UsingColumns ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    scope.UsingColumns.Add(column);
                    foreach (var relation in scope.Relations)
                    {
                        if (relation.Has(column) == Presence.Yes || (relation.Has(column) == Presence.Maybe && relation is TableRelation))
                        {
                            var lineage = relation.Column(column);
                            if (lineage is not null)
                            {
                                indirect.AddFrom(lineage, EdgeFlags.Join);
                            }
                        }
                    }
                }

                break;
            case PivotRef pivot:
                scope.Relations.Add(ResolvePivot(pivot, outer, indirect));
                break;
        }
    }

    private PivotRelation ResolvePivot(PivotRef pivot, Scope? outer, Lineage indirect)
    {
        var inner = new Scope(outer);
        AddTable(pivot.Input, inner, outer, indirect);
        var derived = new Lineage();
        var consumed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in pivot.Values)
        {
            Collect(value, inner, EdgeFlags.Identity, derived);
            AddColumnNames(value, consumed);
        }

        foreach (var key in pivot.For)
        {
            Collect(key, inner, EdgeFlags.Conditional, derived);
            AddColumnNames(key, consumed);
        }

        return new PivotRelation(pivot.Alias, inner.Relations, derived, consumed, pivot.NewColumns, pivot.ColumnAliases, pivot.Unpivot ? pivot.NewColumns[^1] : null);
    }

    private static void AddColumnNames(Expr expr, HashSet<string> names)
    {
        switch (expr)
        {
            case ColumnRef column:
                names.Add(column.Parts[^1]);
                break;
            case CompositeExpr composite:
                composite.Children.ForEach(c => AddColumnNames(c, names));
                break;
            case FunctionCall call:
                call.Args.ForEach(a => AddColumnNames(a, names));
                break;
        }
    }

    private Relation ResolveNamed(NamedTableRef named, Scope? outer)
    {
        var name = named.Name;
        if (name.Parts.Count == 1)
        {
            var cte = outer?.FindCte(name.Last);
            if (cte is not null)
            {
                return new DerivedRelation(named.Alias ?? name.Last, cte.Rename(named.ColumnAliases));
            }
        }

        var node = Catalog.Get(Catalog.Qualify(name));
        if (node != WriteTarget)
        {
            Reads.Add(node);
        }

        var relation = new TableRelation(node, named.Alias ?? name.Last, named.Alias is not null, node.Columns);
        if (named.ColumnAliases is { Count: > 0 } aliases && node.Columns is not null)
        {
            var columns = new List<OutputColumn>();
            for (var i = 0; i < node.Columns.Count; i++)
            {
                var lineage = relation.Column(node.Columns[i]) ?? new Lineage();
                columns.Add(new OutputColumn(i < aliases.Count ? aliases[i] : node.Columns[i], lineage));
            }

            return new DerivedRelation(named.Alias, new QueryShape(columns, [], new Lineage()));
        }

        return relation;
    }
}
