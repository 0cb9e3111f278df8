using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

/// <summary>
/// Operator precedence levels. Each level gathers its operands into one n-ary node so that long chains
/// (a + b + ... or x AND y AND ...) do not build deep trees.
/// </summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> ComparisonOperators = new(StringComparer.Ordinal)
    {
        "=", "==", "<>", "!=", "<", ">", "<=", ">=", "<=>", "~", "!~", "~*", "!~*", "@>", "<@", "&&",
    };

    private static readonly HashSet<string> AdditiveOperators = new(StringComparer.Ordinal)
    {
        "+", "-", "||", "&", "|", "^", "#", "<<", ">>", "->", "->>", "#>", "#>>", "?", "=>",
    };

    private Expr ParseExpr()
    {
        Enter();
        try
        {
            return ParseOr();
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseOr()
    {
        var first = ParseAnd();
        if (!IsWord("or") && !IsWord("xor"))
        {
            return first;
        }

        var children = new List<Expr> { first };
        while (AcceptWord("or") || AcceptWord("xor"))
        {
            children.Add(ParseAnd());
        }

        return children.Count == 1 ? first : new CompositeExpr(children);
    }

    private Expr ParseAnd()
    {
        var first = ParseNot();
        if (!IsWord("and"))
        {
            return first;
        }

        var children = new List<Expr> { first };
        while (AcceptWord("and"))
        {
            children.Add(ParseNot());
        }

        return new CompositeExpr(children);
    }

    private Expr ParseNot()
    {
        var negations = 0;
        while (IsWord("not"))
        {
            Next();
            if (++negations > MaxDepth)
            {
                throw new ParseException(DiagnosticCodes.TooDeep, "Too many NOT operators", Peek.Line, Peek.Column);
            }
        }

        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var left = ParseAdditive();
        List<Expr>? children = null;
        while (true)
        {
            var token = Peek;
            if (token.Kind == TokenKind.Operator && ComparisonOperators.Contains(token.Text))
            {
                Next();
                AddChild(ref children, left, ParseComparisonRight());
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            var negated = token.Text == "not" && PeekAhead(1).Kind == TokenKind.Word
                && PeekAhead(1).Text is "in" or "between" or "like" or "ilike" or "rlike" or "regexp" or "similar";
            if (negated)
            {
                Next();
            }

            if (AcceptWord("is"))
            {
                AcceptWord("not");
                if (AcceptWords("distinct", "from"))
                {
                    AddChild(ref children, left, ParseAdditive());
                }
                else
                {
                    Next();
                }

                children ??= [left];
                continue;
            }

            if (AcceptWord("in"))
            {
                AddChild(ref children, left, ParseInList());
                continue;
            }

            if (AcceptWord("between"))
            {
                AcceptWord("symmetric");
                var low = ParseAdditive();
                ExpectWord("and");
                AddChild(ref children, left, low);
                AddChild(ref children, left, ParseAdditive());
                continue;
            }

            if (IsWord("like") || IsWord("ilike") || IsWord("rlike") || IsWord("regexp") || IsWord("glob") || IsWord("match"))
            {
                Next();
                AddChild(ref children, left, ParseComparisonRight());
                if (AcceptWord("escape"))
                {
                    ParseAdditive();
                }

                continue;
            }

            if (AcceptWords("similar", "to"))
            {
                AddChild(ref children, left, ParseAdditive());
                continue;
            }

            if (negated)
            {
                throw Error("Expected IN, BETWEEN or LIKE after NOT");
            }

            break;
        }

        return children is null ? left : new CompositeExpr(children);
    }

    private static void AddChild(ref List<Expr>? children, Expr left, Expr right)
    {
        children ??= [left];
        children.Add(right);
    }

    /// <summary>Right side of a comparison, allowing x = ANY (subquery) and LIKE ANY (...).</summary>
    private Expr ParseComparisonRight()
    {
        if ((IsWord("any") || IsWord("all") || IsWord("some")) && PeekAhead(1).IsOperator("("))
        {
            Next();
            return ParseInList();
        }

        return ParseAdditive();
    }

    private Expr ParseInList()
    {
        if (Peek.Kind != TokenKind.Operator || Peek.Text != "(")
        {
            return ParseAdditive();
        }

        Next();
        if (IsWord("select") || IsWord("with") || IsQueryStartAfterParens())
        {
            var query = ParseQuery();
            ExpectOp(")");
            return new SubqueryExpr(query, SubqueryKind.In);
        }

        var items = new List<Expr>();
        if (!IsOp(")"))
        {
            do
            {
                items.Add(ParseExpr());
            }
            while (AcceptOp(","));
        }

        ExpectOp(")");
        return new CompositeExpr(items);
    }

    private Expr ParseAdditive()
    {
        var first = ParseMultiplicative();
        List<Expr>? children = null;
        while ((Peek.Kind == TokenKind.Operator && AdditiveOperators.Contains(Peek.Text))
            || (Peek.Kind == TokenKind.Parameter && Peek.Text == "?" && _dialect.IsPostgresFamily()))
        {
            if (Peek.Text == "=>")
            {
                break;
            }

            Next();
            AddChild(ref children, first, ParseMultiplicative());
        }

        return children is null ? first : new CompositeExpr(children);
    }

    private Expr ParseMultiplicative()
    {
        var first = ParseUnary();
        List<Expr>? children = null;
        while (IsOp("*") || IsOp("/") || IsOp("%") || IsOp("**") || IsWord("div") || (IsWord("mod") && !PeekAhead(1).IsOperator("(")))
        {
            Next();
            AddChild(ref children, first, ParseUnary());
        }

        return children is null ? first : new CompositeExpr(children);
    }

    private Expr ParseUnary()
    {
        var count = 0;
        while (IsOp("-") || IsOp("+") || IsOp("~") || IsOp("!") || IsWord("prior"))
        {
            Next();
            if (++count > MaxDepth)
            {
                throw new ParseException(DiagnosticCodes.TooDeep, "Too many unary operators", Peek.Line, Peek.Column);
            }
        }

        return ParsePostfixExpr();
    }

    private Expr ParsePostfixExpr()
    {
        var expr = ParsePrimary();
        while (true)
        {
            if (AcceptOp("::"))
            {
                ParseDataType();
                expr = Wrap(expr);
            }
            else if (IsOp("[") && _dialect != Dialect.TSql)
            {
                Next();
                var index = IsOp("]") ? null : ParseExpr();
                if (AcceptOp(":") && !IsOp("]"))
                {
                    ParseExpr();
                }

                ExpectOp("]");
                expr = index is null ? expr : WrapIndex(expr, index);
            }
            else if (IsOp(":") && _dialect is Dialect.Snowflake or Dialect.Ansi && (PeekAhead(1).IsIdentifier || PeekAhead(1).Kind == TokenKind.String))
            {
                // Snowflake semi-structured path: col:a.b[0]::string keeps the column's lineage.
                Next();
                Next();
                while (IsOp(".") && (PeekAhead(1).IsIdentifier || PeekAhead(1).Kind == TokenKind.String))
                {
                    Next();
                    Next();
                }
            }
            else if (IsOp(".") && (PeekAhead(1).IsIdentifier || PeekAhead(1).IsOperator("*")))
            {
                Next();
                Next();
            }
            else if (AcceptWord("collate"))
            {
                Next();
            }
            else if (IsWord("at") && IsWordAhead(1, "time") && IsWordAhead(2, "zone"))
            {
                Skip(3);
                expr = new CompositeExpr([expr, ParsePrimary()]);
            }
            else
            {
                return expr;
            }
        }
    }

    /// <summary>A cast: its operand is transformed (a bare column would read as a copy).</summary>
    private static Expr Wrap(Expr expr) => expr is CompositeExpr ? expr : new CompositeExpr([expr]);

    /// <summary>An array subscript keeps the array's lineage; the index only selects.</summary>
    private static CompositeExpr WrapIndex(Expr expr, Expr index) =>
        new([expr, new FunctionCall("subscript", []) { Conditions = { index } }]);
}
