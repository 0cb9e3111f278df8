using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Resolution;

internal sealed partial class QueryResolver
{
    /// <summary>
    /// Adds the lineage of an expression used in the given way. Values flow DIRECT (identity, or transformation
    /// and aggregation under operators and functions); CASE and IF conditions, window partitioning and ordering,
    /// aggregate filters and EXISTS/IN subqueries only steer, so INDIRECT with that subtype.
    /// </summary>
    public void Collect(Expr expr, Scope scope, EdgeFlags use, Lineage into, AliasMode aliasFirst = AliasMode.Last)
    {
        StackGuard.Check();
        switch (expr)
        {
            case ColumnRef column:
                var lineage = ResolveColumn(column, scope, aliasFirst);
                if (lineage is not null)
                {
                    into.AddFrom(lineage, use);
                }

                break;
            case CompositeExpr composite:
                var operand = EdgeKinds.Transformed(use);
                foreach (var child in composite.Children)
                {
                    Collect(child, scope, operand, into, aliasFirst);
                }

                break;
            case FunctionCall call:
                CollectCall(call, scope, use, into, aliasFirst);
                break;
            case CaseExpr @case:
                var condition = EdgeKinds.Steer(use, EdgeFlags.Conditional);
                var branch = EdgeKinds.Transformed(use);
                if (@case.Operand is not null)
                {
                    Collect(@case.Operand, scope, condition, into, aliasFirst);
                }

                foreach (var (when, then) in @case.Branches)
                {
                    Collect(when, scope, condition, into, aliasFirst);
                    Collect(then, scope, branch, into, aliasFirst);
                }

                if (@case.Else is not null)
                {
                    Collect(@case.Else, scope, branch, into, aliasFirst);
                }

                break;
            case SubqueryExpr subquery:
                var shape = ResolveQuery(subquery.Query, scope);
                var how = subquery.Kind == SubqueryKind.Scalar ? use : EdgeKinds.Steer(use, EdgeFlags.Filter);
                foreach (var output in shape.Columns)
                {
                    into.AddFrom(output.Lineage, how);
                }

                into.AddFrom(shape.QueryIndirect, how);
                break;
        }
    }

    private void CollectCall(FunctionCall call, Scope scope, EdgeFlags use, Lineage into, AliasMode aliasFirst)
    {
        var conditionFirst = call.Name is "if" or "iff" or "iif" && call.Args.Count >= 2;
        var takesDatePart = DateParts.TakesDatePart(call.Name);
        var argument = AggregateFunctions.Contains(call.Name) ? EdgeKinds.Aggregated(use) : EdgeKinds.Transformed(use);
        for (var i = 0; i < call.Args.Count; i++)
        {
            if (call.Args[i] is ColumnRef { Parts.Count: 1 } word
                && ((takesDatePart && DateParts.IsDatePart(word.Parts[0])) || (call.Name is "convert" or "try_convert" && DateParts.IsTypeName(word.Parts[0]))))
            {
                continue;
            }

            Collect(call.Args[i], scope, conditionFirst && i == 0 ? EdgeKinds.Steer(use, EdgeFlags.Conditional) : argument, into, aliasFirst);
        }

        foreach (var condition in call.Conditions)
        {
            Collect(condition, scope, EdgeKinds.Steer(use, EdgeFlags.Filter), into, aliasFirst);
        }

        if (call.Over is { } over)
        {
            var spec = over.Reference is null ? null : scope.FindWindow(over.Reference);
            foreach (var e in over.PartitionBy.Concat(over.OrderBy).Concat(spec?.PartitionBy ?? []).Concat(spec?.OrderBy ?? []))
            {
                Collect(e, scope, EdgeKinds.Steer(use, EdgeFlags.Window), into, aliasFirst);
            }
        }
    }

    private Lineage? ResolveColumn(ColumnRef column, Scope scope, AliasMode aliasFirst)
    {
        var parts = column.Parts;
        if (parts.Count == 1)
        {
            return ResolveUnqualified(column, parts[0], scope, aliasFirst);
        }

        var qualifier = parts.Take(parts.Count - 1).ToList();
        for (var s = scope; s is not null; s = s.Parent)
        {
            var relation = s.FindQualified(qualifier);
            if (relation is not null)
            {
                return ColumnOf(relation, parts[^1], column);
            }

            if (parts.Count >= 3)
            {
                // BigQuery struct access: alias.struct_column.field.
                relation = s.FindQualified([parts[0]]);
                if (relation is not null)
                {
                    return ColumnOf(relation, parts[1], column);
                }
            }

            // A struct or JSON field on a column: col.field.
            var owner = s.Relations.Where(r => r.Has(parts[0]) == Presence.Yes).ToList();
            if (owner.Count == 1)
            {
                return owner[0].Column(parts[0]);
            }
        }

        Report("warning", DiagnosticCodes.UnresolvedColumn, $"Unknown table or alias '{string.Join('.', qualifier)}'", column.Line, column.Column);
        return null;
    }

    private Lineage? ColumnOf(Relation relation, string name, ColumnRef at)
    {
        var lineage = relation.Column(name);
        if (lineage is null)
        {
            Report("warning", DiagnosticCodes.UnresolvedColumn, $"Column '{name}' not found in '{relation.Alias}'", at.Line, at.Column);
        }

        return lineage;
    }

    private Lineage? ResolveUnqualified(ColumnRef column, string name, Scope scope, AliasMode aliasFirst)
    {
        if (aliasFirst == AliasMode.First && FindOutput(scope, name) is { } aliased)
        {
            return aliased;
        }

        if (Variables.Count > 0 && Variables.Contains(name) && !InAnyScope(scope, name))
        {
            return null;
        }

        if (aliasFirst == AliasMode.OverGuess && FindOutput(scope, name) is { } output
            && !scope.Relations.Any(r => r.Has(name) == Presence.Yes))
        {
            return output;
        }

        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Relations.Count == 0)
            {
                continue;
            }

            var found = FindInRelations(s, name, column, out var decided);
            if (decided)
            {
                return found;
            }

            // Lateral column aliases (Snowflake, BigQuery, Redshift) and aliases in GROUP BY / HAVING.
            if (s == scope && FindOutput(s, name) is { } lateral)
            {
                return lateral;
            }
        }

        if (FindOutput(scope, name) is { } late)
        {
            return late;
        }

        Report("warning", DiagnosticCodes.UnresolvedColumn, $"Column '{name}' not found in any table in scope", column.Line, column.Column);
        return null;
    }

    private static bool InAnyScope(Scope scope, string name)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Relations.Any(r => r.Has(name) == Presence.Yes))
            {
                return true;
            }
        }

        return false;
    }

    private static Lineage? FindOutput(Scope scope, string name) => scope.FindOutput(name);

    private Lineage? FindInRelations(Scope scope, string name, ColumnRef at, out bool decided)
    {
        Relation? sure = null;
        Relation? maybe = null;
        var sureCount = 0;
        var maybeCount = 0;
        foreach (var relation in scope.Relations)
        {
            switch (relation.Has(name))
            {
                case Presence.Yes:
                    sure ??= relation;
                    sureCount++;
                    break;
                case Presence.Maybe:
                    maybe ??= relation;
                    maybeCount++;
                    break;
            }
        }

        decided = true;
        if (sureCount + maybeCount > 1 && scope.UsingColumns is not null && scope.UsingColumns.Contains(name))
        {
            // A USING column is the join key of both sides.
            var merged = new Lineage();
            foreach (var relation in scope.Relations.Where(r => r.Has(name) != Presence.No))
            {
                if (relation.Column(name) is { } lineage)
                {
                    merged.AddFrom(lineage, EdgeFlags.Identity);
                }
            }

            return merged;
        }

        if (sureCount >= 1)
        {
            if (sureCount > 1)
            {
                Report("warning", DiagnosticCodes.AmbiguousColumn, $"Column '{name}' exists in several tables; using '{sure!.Alias}'", at.Line, at.Column);
            }

            return sure!.Column(name);
        }

        if (maybeCount == 1)
        {
            return maybe!.Column(name);
        }

        if (maybeCount > 1)
        {
            if (scope.Outputs is not null && FindOutput(scope, name) is { } output)
            {
                return output;
            }

            // In UPDATE ... FROM and MERGE the written table competes with the source; an unqualified
            // value (MERGE INSERT VALUES (id, v)) comes from the source, the only input being reported.
            if (WriteTarget is not null && maybeCount == 2
                && scope.Relations.FirstOrDefault(r => r.Has(name) == Presence.Maybe && !(r is TableRelation t && t.Node == WriteTarget)) is { } source)
            {
                return source.Column(name);
            }

            var guess = ColumnPrefixes.SingleMatch(scope.Relations.Where(r => r.Has(name) == Presence.Maybe), name);
            if (guess is not null)
            {
                Report("warning", DiagnosticCodes.AmbiguousColumn, $"Column '{name}' is unqualified; assumed to belong to '{guess.Alias}' by its prefix", at.Line, at.Column);
                return guess.Column(name);
            }

            Report("warning", DiagnosticCodes.AmbiguousColumn, $"Cannot tell which table column '{name}' belongs to; qualify it or supply schemas", at.Line, at.Column);
            return null;
        }

        decided = false;
        return null;
    }
}
