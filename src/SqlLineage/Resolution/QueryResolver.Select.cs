using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Limits;

namespace DataSpine.SqlLineage.Resolution;

internal sealed partial class QueryResolver
{
    private QueryShape ResolveSelect(SelectQuery select, Scope? parent)
    {
        var scope = new Scope(parent) { Windows = select.Windows.Count > 0 ? select.Windows : null };
        var indirect = new Lineage();
        foreach (var table in select.From)
        {
            AddTable(table, scope, parent, indirect);
        }

        var outputs = new List<OutputColumn>(select.Items.Count);
        var passthrough = new List<Relation>();
        scope.Outputs = outputs;
        for (var i = 0; i < select.Items.Count; i++)
        {
            var item = select.Items[i];
            if (item.Expr is StarExpr star)
            {
                ExpandStar(star, scope, outputs, passthrough);
                continue;
            }

            if (outputs.Count >= AnalysisLimits.MaxColumns)
            {
                AnalysisBudget.TooComplex($"A query has more than {AnalysisLimits.MaxColumns:N0} columns");
            }

            var lineage = new Lineage();
            Collect(item.Expr, scope, EdgeFlags.Identity, lineage, lateralAliases ? AliasMode.OverGuess : AliasMode.Last);
            outputs.Add(new OutputColumn(item.Alias ?? OutputName(item.Expr, i), lineage));
        }

        if (select.Where is not null)
        {
            Collect(select.Where, scope, EdgeFlags.Filter, indirect, whereAliases ? AliasMode.OverGuess : AliasMode.Last);
        }

        CollectAll(select.GroupBy, scope, indirect, outputs, AliasMode.OverGuess, EdgeFlags.GroupBy);
        if (select.Having is not null)
        {
            Collect(select.Having, scope, EdgeFlags.Filter, indirect, AliasMode.OverGuess);
        }

        if (select.Qualify is not null)
        {
            Collect(select.Qualify, scope, EdgeFlags.Filter, indirect, AliasMode.OverGuess);
        }

        CollectAll(select.OrderBy, scope, indirect, outputs, AliasMode.First, EdgeFlags.Sort);
        CollectAll(select.DistinctOn, scope, indirect, outputs, AliasMode.First, EdgeFlags.GroupBy);
        foreach (var output in outputs)
        {
            output.Lineage.AddFrom(indirect, EdgeFlags.Identity);
        }

        return new QueryShape(outputs, passthrough, indirect);
    }

    /// <summary>GROUP BY / ORDER BY items: ordinals (GROUP BY 1) and select-list aliases refer to outputs.</summary>
    private void CollectAll(List<Expr> items, Scope scope, Lineage indirect, List<OutputColumn> outputs, AliasMode aliases, EdgeFlags kind)
    {
        foreach (var item in items)
        {
            if (item is LiteralExpr { Integer: { } text } && int.TryParse(text, out var ordinal))
            {
                if (ordinal >= 1 && ordinal <= outputs.Count)
                {
                    indirect.AddFrom(outputs[ordinal - 1].Lineage, kind);
                }

                continue;
            }

            Collect(item, scope, kind, indirect, aliases);
        }
    }

    private void ExpandStar(StarExpr star, Scope scope, List<OutputColumn> outputs, List<Relation> passthrough)
    {
        IEnumerable<Relation> relations = scope.Relations;
        if (star.Qualifier is not null)
        {
            var match = scope.Relations.FirstOrDefault(r => r.MatchesQualifier(star.Qualifier));
            if (match is null)
            {
                Report("warning", DiagnosticCodes.UnresolvedColumn, $"Unknown table '{string.Join('.', star.Qualifier)}' in {string.Join('.', star.Qualifier)}.*", star.Line, star.Column);
                return;
            }

            relations = [match];
        }

        foreach (var relation in relations)
        {
            var columns = relation.KnownColumns;
            if (columns is null)
            {
                Report("warning", DiagnosticCodes.UnresolvedStar, $"Cannot expand * over '{relation.Alias}' without its schema", star.Line, star.Column);
                passthrough.Add(relation);
                continue;
            }

            foreach (var column in columns)
            {
                if (star.Except.Any(e => string.Equals(e, column, StringComparison.OrdinalIgnoreCase))
                    || (star.Like is not null && !LikePattern.Matches(column, star.Like)))
                {
                    continue;
                }

                if (star.Replace.TryGetValue(column, out var replacement))
                {
                    var replaced = new Lineage();
                    Collect(replacement, scope, EdgeFlags.Identity, replaced);
                    outputs.Add(new OutputColumn(column, replaced));
                    continue;
                }

                if (scope.UsingColumns is not null && scope.UsingColumns.Contains(column) && star.Qualifier is null
                    && outputs.Any(o => string.Equals(o.Name, column, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var name = star.Rename.GetValueOrDefault(column, column);
                outputs.Add(new OutputColumn(name, relation.Column(column)?.Copy() ?? new Lineage()));
            }
        }
    }

    private static string OutputName(Expr expr, int index) => expr switch
    {
        ColumnRef column => column.Parts[^1],
        CompositeExpr { Children.Count: 1 } composite => OutputName(composite.Children[0], index),
        FunctionCall call => call.Name[(call.Name.LastIndexOf('.') + 1)..],
        _ => $"_col_{index}",
    };
}
