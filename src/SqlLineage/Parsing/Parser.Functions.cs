using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private FunctionCall ParseFunctionCall(string name)
    {
        Enter();
        try
        {
            ExpectOp("(");
            var call = new FunctionCall(name, []);
            if (name is "extract" && PeekAhead(1).IsWord("from"))
            {
                Skip(2);
            }

            _lambdaDepth++;
            try
            {
                ParseArguments(call);
            }
            finally
            {
                _lambdaDepth--;
            }

            ExpectOp(")");
            ParseFunctionSuffixes(call);
            return call;
        }
        finally
        {
            Leave();
        }
    }

    private void ParseArguments(FunctionCall call)
    {
        if (IsOp(")"))
        {
            return;
        }

        if (!AcceptWord("distinct"))
        {
            AcceptWord("all");
        }

        if ((IsWord("both") || IsWord("leading") || IsWord("trailing")) && !PeekAhead(1).IsOperator(",") && !PeekAhead(1).IsOperator(")"))
        {
            Next();
            AcceptWord("from");
        }

        while (!IsOp(")") && !AtEnd)
        {
            if (IsWord("order") && IsWordAhead(1, "by"))
            {
                Skip(2);
                call.Conditions.AddRange(ParseOrderByItems());
                continue;
            }

            if (IsWord("separator") || IsWord("limit") || IsWord("ignore") || IsWord("respect") || IsWord("on"))
            {
                SkipArgumentNoise();
                continue;
            }

            if (Peek.IsIdentifier && PeekAhead(1).IsOperator("=>"))
            {
                Skip(2);
            }

            if (IsWord("model") && PeekAhead(1).IsIdentifier)
            {
                // BigQuery ML: MODEL name is not a column.
                Next();
                ParseObjectName();
                AcceptOp(",");
                continue;
            }

            if (IsWord("table") && PeekAhead(1).IsIdentifier && !PeekAhead(2).IsOperator("("))
            {
                // Table-valued argument (TABLE t): the table is read.
                Next();
                var select = new SelectQuery();
                select.From.Add(new NamedTableRef(ParseObjectName()));
                call.Args.Add(new SubqueryExpr(select, SubqueryKind.In));
                AcceptOp(",");
                continue;
            }

            if (IsWord("select") || IsWord("with"))
            {
                call.Args.Add(new SubqueryExpr(ParseQuery(), SubqueryKind.Scalar));
            }
            else
            {
                call.Args.Add(ParseExpr());
            }

            if (AcceptWord("as"))
            {
                ParseDataType();
            }

            if (!(AcceptOp(",") || AcceptWord("from") || AcceptWord("for") || AcceptWord("in") || AcceptWord("placing") || AcceptWord("using")))
            {
                if (!IsOp(")") && !IsWord("order") && !IsWord("separator") && !IsWord("limit") && !IsWord("ignore") && !IsWord("respect") && !IsWord("on"))
                {
                    throw Error("Expected ',' or ')' in function arguments");
                }
            }
        }
    }

    private void SkipArgumentNoise()
    {
        // SEPARATOR ',' / LIMIT n / IGNORE NULLS / ON OVERFLOW ...: modifiers with no lineage.
        Next();
        while (!IsOp(")") && !IsOp(",") && !AtEnd && !IsWord("order"))
        {
            if (IsOp("("))
            {
                SkipParens();
                continue;
            }

            Next();
        }
    }

    private void ParseFunctionSuffixes(FunctionCall call)
    {
        while (true)
        {
            if (IsWord("within") && IsWordAhead(1, "group"))
            {
                Skip(2);
                ExpectOp("(");
                ExpectWord("order");
                ExpectWord("by");
                call.Args.AddRange(ParseOrderByItems());
                ExpectOp(")");
            }
            else if (IsWord("filter") && PeekAhead(1).IsOperator("("))
            {
                Next();
                Next();
                ExpectWord("where");
                call.Conditions.Add(ParseExpr());
                ExpectOp(")");
            }
            else if ((IsWord("ignore") || IsWord("respect")) && IsWordAhead(1, "nulls"))
            {
                Skip(2);
            }
            else if (AcceptWord("over"))
            {
                call.Over = IsOp("(") ? ParseWindowSpec() : new WindowSpec([], [], ParseIdentifier());
                return;
            }
            else
            {
                return;
            }
        }
    }

    private WindowSpec ParseWindowSpec()
    {
        ExpectOp("(");
        string? reference = null;
        if (Peek.IsIdentifier && !(Peek.Kind == TokenKind.Word && Peek.Text is "partition" or "order" or "rows" or "range" or "groups"))
        {
            reference = ParseIdentifier();
        }

        var partition = new List<Expr>();
        var order = new List<Expr>();
        if (IsWord("partition") && IsWordAhead(1, "by"))
        {
            Skip(2);
            do
            {
                partition.Add(ParseExpr());
            }
            while (AcceptOp(","));
        }

        if (IsWord("order") && IsWordAhead(1, "by"))
        {
            Skip(2);
            order.AddRange(ParseOrderByItems());
        }

        // Frame clause (ROWS BETWEEN ...) carries no lineage.
        var depth = 1;
        while (!AtEnd)
        {
            if (IsOp("("))
            {
                depth++;
            }
            else if (IsOp(")") && --depth == 0)
            {
                Next();
                break;
            }

            Next();
        }

        return new WindowSpec(partition, order, reference);
    }
}
