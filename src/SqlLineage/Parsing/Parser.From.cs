using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private void ParseFromList(List<TableRef> from)
    {
        do
        {
            from.Add(ParseTableRefWithJoins());
        }
        while (AcceptOp(","));
    }

    private TableRef ParseTableRefWithJoins()
    {
        var left = ParseTablePrimary();
        while (true)
        {
            var kind = ParseJoinKind();
            if (kind is null)
            {
                return left;
            }

            TableRef right;
            if (kind == "lateral view")
            {
                right = ParseLateralView();
            }
            else
            {
                right = ParseTablePrimary();
                if (kind == "apply" && right is DerivedTableRef derived)
                {
                    // T-SQL CROSS/OUTER APPLY sees the tables to its left, like LATERAL.
                    right = new DerivedTableRef(derived.Query, true) { Alias = derived.Alias, ColumnAliases = derived.ColumnAliases };
                }
            }

            var join = new JoinRef(left, right, kind);
            if (AcceptWord("on"))
            {
                join.On = ParseExpr();
            }
            else if (IsWord("using") && PeekAhead(1).IsOperator("("))
            {
                Next();
                join.Using.AddRange(ParseIdentifierList());
            }

            left = join;
        }
    }

    private string? ParseJoinKind()
    {
        var start = _pos;
        AcceptWord("natural");
        AcceptWord("global");
        if (AcceptWord("join") || AcceptWord("straight_join"))
        {
            return "inner";
        }

        if (AcceptWord("cross") || AcceptWord("outer"))
        {
            if (AcceptWord("join"))
            {
                return "cross";
            }

            if (AcceptWord("apply"))
            {
                return "apply";
            }

            _pos = start;
            return null;
        }

        if (IsWord("lateral") && IsWordAhead(1, "view"))
        {
            Skip(2);
            AcceptWord("outer");
            return "lateral view";
        }

        if (IsWord("inner") || IsWord("left") || IsWord("right") || IsWord("full") || IsWord("semi") || IsWord("anti")
            || IsWord("any") || IsWord("asof") || IsWord("positional") || IsWord("array"))
        {
            var kind = Next().Text;
            AcceptWord("outer");
            AcceptWord("semi");
            AcceptWord("anti");
            AcceptWord("any");
            if (AcceptWord("join"))
            {
                return kind;
            }
        }

        _pos = start;
        return null;
    }

    private TableRef ParseTablePrimary()
    {
        Enter();
        try
        {
            var table = ParseTablePrimaryCore();
            ParseTableSuffixes(ref table);
            return table;
        }
        finally
        {
            Leave();
        }
    }

    private TableRef ParseTablePrimaryCore()
    {
        if (IsOp("("))
        {
            if (IsQueryStartAfterParens())
            {
                Next();
                var query = ParseQuery();
                ExpectOp(")");
                var derived = new DerivedTableRef(query, false);
                ParseTableAlias(derived);
                return derived;
            }

            Next();
            var inner = ParseTableRefWithJoins();
            ExpectOp(")");
            ParseTableAlias(inner);
            return inner;
        }

        if (AcceptWord("lateral"))
        {
            if (IsOp("("))
            {
                Next();
                var query = ParseQuery();
                ExpectOp(")");
                var derived = new DerivedTableRef(query, true);
                ParseTableAlias(derived);
                return derived;
            }

            return ParseFunctionTable();
        }

        if (IsWord("values") && PeekAhead(1).IsOperator("("))
        {
            var derived = new DerivedTableRef(ParseValues(), false);
            ParseTableAlias(derived);
            return derived;
        }

        if (IsWord("table") && PeekAhead(1).IsOperator("("))
        {
            Next();
            return ParseFunctionTable();
        }

        if (Peek.Kind == TokenKind.Parameter && !Peek.Text.StartsWith("{{", StringComparison.Ordinal))
        {
            // Snowflake stage (@stage) or a bind parameter: readable, but not a table we can name.
            Next();
            var call = new FunctionCall("stage", []);
            var function = new FunctionTableRef(call);
            if (IsOp("("))
            {
                SkipParens();
            }

            ParseTableAlias(function);
            return function;
        }

        var k = 0;
        while (PeekAhead(k).IsIdentifier && PeekAhead(k + 1).IsOperator("."))
        {
            k += 2;
        }

        if (PeekAhead(k).IsIdentifier && PeekAhead(k + 1).IsOperator("(") && !(k == 0 && IsWord("identifier") && PeekAhead(2).Kind == TokenKind.String))
        {
            return ParseFunctionTable();
        }

        var named = new NamedTableRef(ParseObjectName());
        ParseTableAlias(named);
        return named;
    }

    private FunctionTableRef ParseFunctionTable()
    {
        var expr = ParsePostfixExpr();
        var call = expr as FunctionCall ?? new FunctionCall("table", [expr]);
        var function = new FunctionTableRef(call);
        AcceptWords("with", "ordinality");
        if (IsWord("with") && PeekAhead(1).IsOperator("("))
        {
            // T-SQL OPENJSON(...) WITH (col type '$.path', ...).
            Next();
            SkipParens();
        }

        ParseTableAlias(function);
        if (AcceptWords("with", "offset"))
        {
            function.OffsetAlias = ParseOptionalAlias();
        }

        return function;
    }

    private FunctionTableRef ParseLateralView()
    {
        var expr = ParsePostfixExpr();
        var call = expr as FunctionCall ?? new FunctionCall("table", [expr]);
        var function = new FunctionTableRef(call);
        if (!IsWord("as"))
        {
            function.Alias = ParseIdentifier();
        }

        if (AcceptWord("as"))
        {
            var columns = new List<string>();
            do
            {
                columns.Add(ParseIdentifier());
            }
            while (AcceptOp(","));
            function.ColumnAliases = columns;
        }

        return function;
    }

    private void ParseTableAlias(TableRef table)
    {
        SkipTimeTravel();
        var alias = ParseOptionalAlias();
        if (alias is not null)
        {
            table.Alias = alias;
            if (IsOp("(") && PeekAhead(1).IsIdentifier)
            {
                // AS x(a, b) or, for record-returning functions, AS x(a int, b text).
                table.ColumnAliases = ParseColumnDefinitions();
            }
        }

        // T-SQL table hints: WITH (NOLOCK).
        if (IsWord("with") && PeekAhead(1).IsOperator("(") && PeekAhead(2).Kind == TokenKind.Word && PeekAhead(2).Text is "nolock" or "readuncommitted" or "updlock" or "rowlock" or "holdlock" or "tablock" or "index" or "forceseek" or "readpast" or "xlock" or "paglock" or "nowait" or "serializable")
        {
            Next();
            SkipParens();
        }

        while (IsWord("use") || IsWord("force") || IsWord("ignore"))
        {
            if (!(IsWordAhead(1, "index") || IsWordAhead(1, "key")))
            {
                break;
            }

            Skip(2);
            AcceptWords("for", "join");
            SkipParens();
        }
    }

    private void SkipTimeTravel()
    {
        while (true)
        {
            if ((IsWord("at") || IsWord("before") || IsWord("changes")) && PeekAhead(1).IsOperator("("))
            {
                Next();
                SkipParens();
            }
            else if (IsWord("for") && (IsWordAhead(1, "system_time") || IsWordAhead(1, "system") || IsWordAhead(1, "timestamp") || IsWordAhead(1, "version")))
            {
                Next();
                while (!IsWord("of") && !AtStatementEnd)
                {
                    Next();
                }

                ExpectWord("of");
                ParseAdditive();
            }
            else if ((IsWord("tablesample") || IsWord("sample")) && (PeekAhead(1).IsOperator("(") || PeekAhead(1).Kind == TokenKind.Word))
            {
                Next();
                if (!IsOp("("))
                {
                    Next();
                }

                SkipParens();
                if (AcceptWord("repeatable") || AcceptWord("seed"))
                {
                    SkipParens();
                }
            }
            else if ((IsWord("version") || IsWord("timestamp")) && IsWordAhead(1, "as") && IsWordAhead(2, "of"))
            {
                // Delta Lake time travel.
                Skip(3);
                ParseAdditive();
            }
            else if (IsWord("match_recognize") && PeekAhead(1).IsOperator("("))
            {
                Next();
                SkipParens();
            }
            else if (AcceptWord("final"))
            {
            }
            else
            {
                return;
            }
        }
    }
}
