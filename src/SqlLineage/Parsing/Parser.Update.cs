using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private UpdateStatement ParseUpdate(List<Cte> ctes)
    {
        var start = Next();
        AcceptWord("only");
        while (IsWord("low_priority") || IsWord("ignore"))
        {
            Next();
        }

        if (AcceptWord("top"))
        {
            SkipParens();
        }

        // MySQL: UPDATE t1 JOIN t2 ON ... SET ...; the first table is the target, the rest is scope.
        var targetRef = ParseTableRefWithJoins();
        var first = FirstNamedTable(targetRef) ?? throw Error("Expected a table to update");
        var from = new List<TableRef>();
        if (targetRef is NamedTableRef { Name.Parts.Count: 1 } && AcceptWord("from"))
        {
            // Teradata: UPDATE alias FROM table AS alias, other ... SET ...; the aliased table is written.
            ParseFromList(from);
            if (from.OfType<NamedTableRef>().FirstOrDefault(r => string.Equals(r.Alias, first.Name.Last, StringComparison.Ordinal)) is { } aliased)
            {
                first = aliased;
                from.Remove(aliased);
            }
        }

        var update = new UpdateStatement(first.Name) { TargetAlias = first.Alias, Ctes = ctes, Line = start.Line, Column = start.Column };
        update.From.AddRange(from);
        if (targetRef is JoinRef)
        {
            update.From.Add(targetRef);
        }

        ExpectWord("set");
        ParseAssignments(update.Sets);
        if (IsWord("output"))
        {
            update.OutputInto = ParseOutputClause();
        }

        if (AcceptWord("from"))
        {
            ParseFromList(update.From);
        }

        if (AcceptWord("where"))
        {
            update.Where = ParseExpr();
        }

        update.Returning = ParseReturning();
        if (AcceptWord("order") || AcceptWord("limit"))
        {
            SkipToStatementEnd();
        }

        return update;
    }

    private static NamedTableRef? FirstNamedTable(TableRef table) => table switch
    {
        NamedTableRef named => named,
        JoinRef join => FirstNamedTable(join.Left),
        _ => null,
    };

    /// <summary>T-SQL OUTPUT items [INTO table [(columns)]]: the table written, or null when the rows go to the client.</summary>
    private ObjectName? ParseOutputClause()
    {
        ExpectWord("output");
        while (!AtStatementEnd && !IsWord("into") && !IsWord("from") && !IsWord("where") && !IsWord("select") && !IsWord("values")
            && !IsWord("when") && !IsWord("using"))
        {
            if (IsOp("("))
            {
                SkipParens();
                continue;
            }

            Next();
        }

        if (!AcceptWord("into"))
        {
            return null;
        }

        var target = ParseObjectName();
        if (IsOp("(") && !IsQueryStartAfterParens())
        {
            ParseIdentifierList();
        }

        return target;
    }

    private DeleteStatement ParseDelete(List<Cte> ctes)
    {
        var start = Next();
        while (IsWord("low_priority") || IsWord("quick") || IsWord("ignore"))
        {
            Next();
        }

        if (AcceptWord("top"))
        {
            SkipParens();
        }

        ObjectName? named = null;
        if (!IsWord("from"))
        {
            // T-SQL / MySQL: DELETE alias FROM t alias JOIN ...
            named = ParseObjectName();
            AcceptOp(".");
            AcceptOp("*");
        }

        var from = new List<TableRef>();
        if (AcceptWord("from"))
        {
            ParseFromList(from);
        }

        var targetRef = named is null
            ? (from.Count > 0 ? FirstNamedTable(from[0]) : null)
            : FindAliasIn(from, named) ?? new NamedTableRef(named);
        if (targetRef is null)
        {
            throw Error("Expected a table to delete from");
        }

        var delete = new DeleteStatement(targetRef.Name) { TargetAlias = targetRef.Alias, Ctes = ctes, Line = start.Line, Column = start.Column };
        foreach (var table in from)
        {
            if (table != targetRef && !(table is NamedTableRef n && n.Alias is null && n.Name.ToString() == delete.Target.ToString()))
            {
                delete.Using.Add(table);
            }
        }

        if (IsWord("output"))
        {
            delete.OutputInto = ParseOutputClause();
        }

        if (AcceptWord("using"))
        {
            ParseFromList(delete.Using);
        }

        if (AcceptWord("where"))
        {
            delete.Where = ParseExpr();
        }

        delete.Returning = ParseReturning();
        if (!AtStatementEnd && (IsWord("order") || IsWord("limit")))
        {
            SkipToStatementEnd();
        }

        return delete;
    }

    private static NamedTableRef? FindAliasIn(List<TableRef> from, ObjectName name)
    {
        if (name.Parts.Count != 1)
        {
            return null;
        }

        foreach (var table in from)
        {
            var found = FindAlias(table, name.Last);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static NamedTableRef? FindAlias(TableRef table, string alias) => table switch
    {
        NamedTableRef named when named.Alias == alias => named,
        JoinRef join => FindAlias(join.Left, alias) ?? FindAlias(join.Right, alias),
        _ => null,
    };
}
