using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private QueryExpr ParseQuery()
    {
        Enter();
        try
        {
            if (IsWord("with"))
            {
                var ctes = ParseWith();
                var body = ParseQueryBody();
                body.Ctes.InsertRange(0, ctes);
                return body;
            }

            return ParseQueryBody();
        }
        finally
        {
            Leave();
        }
    }

    private List<Cte> ParseWith()
    {
        ExpectWord("with");
        var recursive = AcceptWord("recursive");
        var ctes = new List<Cte>();
        do
        {
            var name = ParseIdentifier();
            var queryFollows = IsOp("(") && (IsWordAhead(1, "select") || IsWordAhead(1, "with"));
            List<string>? columns = IsOp("(") && !queryFollows ? ParseIdentifierList() : null;

            // ClickHouse and DuckDB accept a CTE without AS: WITH c (SELECT ...).
            if (!queryFollows || IsWord("as"))
            {
                ExpectWord("as");
            }

            AcceptWords("not", "materialized");
            AcceptWord("materialized");
            ExpectOp("(");
            var query = IsDataModifyingCteBody() ? ParseDataModifyingCte() : ParseQuery();
            ExpectOp(")");
            ctes.Add(new Cte(name, columns, query, recursive));
        }
        while (AcceptOp(","));
        return ctes;
    }

    private QueryExpr ParseQueryBody()
    {
        var left = ParseQueryTerm();
        while (true)
        {
            string op;
            if (IsWord("union") || IsWord("intersect") || IsWord("except") || IsWord("minus"))
            {
                op = Next().Text;
            }
            else
            {
                break;
            }

            if (!AcceptWord("all"))
            {
                AcceptWord("distinct");
            }

            AcceptWords("by", "name");
            var right = ParseQueryTerm();
            left = new SetOperationQuery(left, right, op);
        }

        ParseQueryTail(left);
        return left;
    }

    /// <summary>DuckDB's FROM-first query: FROM t [SELECT items] [WHERE ...]; without SELECT it is SELECT *.</summary>
    private SelectQuery FinishFromFirst(SelectQuery query, Token start)
    {
        if (AcceptWord("select"))
        {
            ParseSelectModifiers(query);
            do
            {
                query.Items.Add(ParseSelectItem());
            }
            while (AcceptOp(","));
        }
        else
        {
            query.Items.Add(new SelectItem(new StarExpr(null, start.Line, start.Column), null));
        }

        ParseSelectClauses(query);
        return query;
    }

    private QueryExpr ParseQueryTerm()
    {
        if (AcceptOp("("))
        {
            var inner = ParseQuery();
            ExpectOp(")");
            return inner;
        }

        if (IsWord("select"))
        {
            return ParseSelect();
        }

        if (IsWord("values"))
        {
            return ParseValues();
        }

        if (IsWord("from") && _dialect == Dialect.Ansi)
        {
            var start = Next();
            var query = new SelectQuery();
            ParseFromList(query.From);
            return FinishFromFirst(query, start);
        }

        if (IsWord("with"))
        {
            return ParseQuery();
        }

        throw Error("Expected SELECT");
    }

    private ValuesQuery ParseValues()
    {
        ExpectWord("values");
        var rows = new List<List<Expr>>();
        do
        {
            AcceptWord("row");
            if (AcceptOp("("))
            {
                var row = new List<Expr>();
                if (!IsOp(")"))
                {
                    do
                    {
                        row.Add(ParseExpr());
                    }
                    while (AcceptOp(","));
                }

                ExpectOp(")");
                rows.Add(row);
            }
            else
            {
                rows.Add([ParseExpr()]);
            }
        }
        while (AcceptOp(","));
        return new ValuesQuery(rows);
    }

    /// <summary>ORDER BY, LIMIT, OFFSET, FETCH and locking clauses after a query body.</summary>
    private void ParseQueryTail(QueryExpr query)
    {
        if (IsWord("order") && IsWordAhead(1, "by"))
        {
            Skip(2);
            query.OrderBy.AddRange(ParseOrderByItems());
        }

        while (true)
        {
            if (AcceptWord("limit"))
            {
                if (!AcceptWord("all"))
                {
                    ParseExpr();
                }

                if (AcceptOp(",") || AcceptWord("offset"))
                {
                    ParseExpr();
                }
            }
            else if (AcceptWord("offset"))
            {
                ParseExpr();
                if (!AcceptWord("rows"))
                {
                    AcceptWord("row");
                }
            }
            else if (AcceptWord("fetch"))
            {
                while (!AtStatementEnd && !IsOp(")") && !AcceptWord("only") && !IsWordAhead(0, "ties"))
                {
                    Next();
                }

                AcceptWord("ties");
            }
            else if (IsWord("for") && (IsWordAhead(1, "update") || IsWordAhead(1, "share") || IsWordAhead(1, "xml") || IsWordAhead(1, "json")))
            {
                while (!AtStatementEnd && !IsOp(")"))
                {
                    Next();
                }
            }
            else if (IsWord("lock") && IsWordAhead(1, "in"))
            {
                while (!AtStatementEnd && !IsOp(")") && !AcceptWord("mode"))
                {
                    Next();
                }
            }
            else if (IsWord("option") && PeekAhead(1).IsOperator("("))
            {
                Next();
                SkipParens();
            }
            else
            {
                return;
            }
        }
    }

    private List<Expr> ParseOrderByItems()
    {
        var items = new List<Expr>();
        do
        {
            items.Add(ParseExpr());
            if (!AcceptWord("asc"))
            {
                AcceptWord("desc");
            }

            if (AcceptWord("nulls"))
            {
                if (!AcceptWord("first"))
                {
                    AcceptWord("last");
                }
            }
        }
        while (AcceptOp(","));
        return items;
    }

    private bool IsQueryStartAfterParens()
    {
        // Bounded look-ahead: a run of parentheses is never scanned more than a few dozen tokens deep,
        // which keeps pathological ((((... input linear.
        var k = 0;
        while (PeekAhead(k).IsOperator("(") && k < 64)
        {
            k++;
        }

        var token = PeekAhead(k);
        return k > 0 && token.Kind == TokenKind.Word && token.Text is "select" or "with" or "values";
    }
}
