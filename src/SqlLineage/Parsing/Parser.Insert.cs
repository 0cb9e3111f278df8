using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private Statement ParseInsert(List<Cte> ctes)
    {
        var start = Next();
        while (Peek.Kind == TokenKind.Word && Peek.Text is "low_priority" or "delayed" or "high_priority" or "ignore")
        {
            Next();
        }

        AcceptWord("overwrite");
        if (IsWord("directory") || (IsWord("local") && IsWordAhead(1, "directory")))
        {
            return ParseInsertDirectory(start);
        }

        if (IsWord("all") || IsWord("first"))
        {
            return ParseMultiTableInsert(start);
        }

        AcceptWord("into");
        AcceptWord("table");
        var insert = new InsertStatement(ParseObjectName()) { Ctes = ctes, Line = start.Line, Column = start.Column };
        ParseInsertTargetSuffix(insert);

        if (IsWord("select") || IsWord("with") || IsWord("values") || IsOp("(") || (IsWord("from") && _dialect == Dialect.Ansi))
        {
            insert.Query = ParseQuery();
        }
        else if (AcceptWords("default", "values"))
        {
        }
        else if (AcceptWord("set"))
        {
            SkipToStatementEnd();
        }

        if (IsWord("on") && IsWordAhead(1, "conflict"))
        {
            SkipToReturning();
        }
        else if (IsWord("on"))
        {
            SkipToStatementEnd();
        }

        insert.Returning = ParseReturning();

        return insert;
    }

    /// <summary>
    /// Snowflake/Oracle INSERT ALL | FIRST [WHEN cond THEN] INTO t [(cols)] [VALUES (...)] ... subquery: each
    /// INTO becomes SELECT values FROM (subquery) WHERE cond.
    /// </summary>
    private MultiInsertStatement ParseMultiTableInsert(Token start)
    {
        Next();
        var branches = new List<(Expr? Condition, ObjectName Target, List<string>? Columns, List<Expr>? Values)>();
        Expr? condition = null;
        while (!AtStatementEnd && !IsWord("select") && !IsWord("with") && !IsOp("("))
        {
            if (AcceptWord("when"))
            {
                condition = ParseExpr();
                ExpectWord("then");
            }
            else if (AcceptWord("else"))
            {
                condition = null;
            }

            ExpectWord("into");
            var target = ParseObjectName();
            var columns = IsOp("(") ? ParseIdentifierList() : null;
            List<Expr>? values = null;
            if (AcceptWord("values"))
            {
                ExpectOp("(");
                values = [];
                do
                {
                    values.Add(ParseExpr());
                }
                while (AcceptOp(","));
                ExpectOp(")");
            }

            branches.Add((condition, target, columns, values));
        }

        var source = ParseQuery();
        var inserts = new List<InsertStatement>();
        foreach (var (when, target, columns, values) in branches)
        {
            var select = new SelectQuery { Where = when };
            select.From.Add(new DerivedTableRef(source, false));
            if (values is null)
            {
                select.Items.Add(new SelectItem(new StarExpr(null, start.Line, start.Column), null));
            }
            else
            {
                select.Items.AddRange(values.Select(v => new SelectItem(v, null)));
            }

            inserts.Add(new InsertStatement(target) { Columns = columns, Query = select, Line = start.Line, Column = start.Column });
        }

        return new MultiInsertStatement(inserts) { Line = start.Line, Column = start.Column };
    }

    private Statement ParseMultiInsert()
    {
        var start = Next();
        var from = new List<TableRef>();
        ParseFromList(from);
        if (!IsWord("insert") && _dialect == Dialect.Ansi)
        {
            var query = new SelectQuery();
            query.From.AddRange(from);
            return QueryStatement(FinishFromFirst(query, start));
        }

        var inserts = new List<InsertStatement>();
        while (IsWord("insert"))
        {
            var token = Next();
            AcceptWord("overwrite");
            AcceptWord("into");
            AcceptWord("table");
            var insert = new InsertStatement(ParseObjectName()) { Line = token.Line, Column = token.Column };
            ParseInsertTargetSuffix(insert);
            var select = new SelectQuery();
            select.From.AddRange(from);
            ExpectWord("select");
            ParseSelectModifiers(select);
            do
            {
                select.Items.Add(ParseSelectItem());
            }
            while (AcceptOp(","));
            ParseSelectClauses(select);
            insert.Query = select;
            inserts.Add(insert);
        }

        if (inserts.Count == 0)
        {
            throw Error("Expected INSERT after FROM");
        }

        return new MultiInsertStatement(inserts) { Line = start.Line, Column = start.Column };
    }

    private void ParseInsertTargetSuffix(InsertStatement insert)
    {
        while (true)
        {
            if (IsWord("partition") && PeekAhead(1).IsOperator("("))
            {
                Next();
                SkipParens();
                AcceptWords("if", "not");
                AcceptWord("exists");
            }
            else if (IsOp("(") && !IsQueryStartAfterParens())
            {
                insert.Columns = ParseIdentifierList();
            }
            else if (AcceptWords("by", "name"))
            {
            }
            else if (AcceptWords("replace", "where"))
            {
                // Delta Lake INSERT INTO t REPLACE WHERE predicate SELECT ...
                ParseExpr();
            }
            else if (IsWord("overriding"))
            {
                Skip(3);
            }
            else if (IsWord("output"))
            {
                insert.OutputInto = ParseOutputClause();
            }
            else if (IsWord("as") || (Peek.Kind == TokenKind.Word && !Reserved.Contains(Peek.Text) && Peek.Text is not "default" and not "table"))
            {
                // Target alias (PostgreSQL INSERT INTO t AS x ...).
                ParseOptionalAlias();
            }
            else
            {
                return;
            }
        }
    }
}
