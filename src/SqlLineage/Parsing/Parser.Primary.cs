using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private Expr ParsePrimary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return IsInteger(token.Text) ? new LiteralExpr(token.Text) : LiteralExpr.Instance;
            case TokenKind.String:
                Next();
                return LiteralExpr.Instance;
            case TokenKind.Parameter:
                Next();
                return LiteralExpr.Instance;
            case TokenKind.QuotedIdentifier:
                return ParseNameOrCall();
            case TokenKind.Operator:
                return ParseOperatorPrimary(token);
            case TokenKind.Word:
                return ParseWordPrimary(token);
            default:
                throw Error("Expected an expression");
        }
    }

    private static bool IsInteger(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private Expr ParseOperatorPrimary(Token token)
    {
        if (token.Text == "(")
        {
            Next();
            if (IsWord("select") || IsWord("with") || IsQueryStartAfterParens())
            {
                var query = ParseQuery();
                ExpectOp(")");
                return new SubqueryExpr(query, SubqueryKind.Scalar);
            }

            if (AcceptOp(")"))
            {
                return new CompositeExpr([]);
            }

            var first = ParseExpr();
            if (!IsOp(","))
            {
                ExpectOp(")");
                return first;
            }

            var items = new List<Expr> { first };
            while (AcceptOp(","))
            {
                items.Add(ParseExpr());
            }

            ExpectOp(")");
            return new CompositeExpr(items);
        }

        if (token.Text == "*")
        {
            Next();
            return LiteralExpr.Instance;
        }

        if (token.Text == "[")
        {
            return ParseBracketList("[", "]");
        }

        if (token.Text == "{")
        {
            return ParseBracketList("{", "}");
        }

        if (token.Text == ":" && (PeekAhead(1).IsIdentifier || PeekAhead(1).Kind == TokenKind.Number))
        {
            Skip(2);
            return LiteralExpr.Instance;
        }

        if (token.Text is "-" or "+" or "~")
        {
            return ParseUnary();
        }

        throw Error("Expected an expression");
    }

    private CompositeExpr ParseBracketList(string open, string close)
    {
        ExpectOp(open);
        var items = new List<Expr>();
        while (!IsOp(close) && !AtEnd)
        {
            var item = ParseExpr();
            if (AcceptOp(":"))
            {
                item = ParseExpr();
            }

            items.Add(item);
            if (!AcceptOp(","))
            {
                break;
            }
        }

        ExpectOp(close);
        return new CompositeExpr(items);
    }

    private Expr ParseWordPrimary(Token token)
    {
        var next = PeekAhead(1);
        switch (token.Text)
        {
            case "case":
                return ParseCase();
            case "cast" or "try_cast" or "safe_cast" when next.IsOperator("("):
                return ParseCast();
            case "exists" when next.IsOperator("("):
                Next();
                Next();
                var query = ParseQuery();
                ExpectOp(")");
                return new SubqueryExpr(query, SubqueryKind.Exists);
            case "not":
                return ParseNot();
            case "null" or "true" or "false" or "default" or "unknown":
                Next();
                return LiteralExpr.Instance;
            case "interval":
                Next();
                ParseUnary();
                while (Peek.Kind == TokenKind.Word && IsIntervalUnit(Peek.Text))
                {
                    Next();
                }

                return LiteralExpr.Instance;
            case "date" or "time" or "timestamp" or "timestamptz" or "datetime" or "json" or "numeric" or "bignumeric" or "decimal" when next.Kind == TokenKind.String:
                Skip(2);
                return LiteralExpr.Instance;
            case "array" when next.IsOperator("["):
                Next();
                return ParseBracketList("[", "]");
            case "array" or "struct" or "map" when next.IsOperator("<"):
                Next();
                SkipAngleBrackets();
                return IsOp("[") ? ParseBracketList("[", "]") : ParsePostfixExpr();
            case "current_date" or "current_timestamp" or "current_time" or "localtime" or "localtimestamp"
                or "current_user" or "session_user" or "current_role" or "sysdate" or "user" or "current_schema"
                or "systimestamp" or "rownum" or "rowid" or "sysdatetime"
                when !next.IsOperator("(") && !next.IsOperator("."):
                Next();
                return LiteralExpr.Instance;
        }

        if (Reserved.IsStructural(token.Text) && !next.IsOperator("(") && !LooksLikeColumn(next))
        {
            throw Error("Expected an expression");
        }

        return ParseNameOrCall();
    }

    /// <summary>A keyword used as a column name (values, start, end, format): what follows can only follow an operand.</summary>
    private static bool LooksLikeColumn(Token next) =>
        (next.Kind == TokenKind.Operator && next.Text is "," or ")" or "." or "::" or "=" or "<>" or "!=" or "<" or ">"
            or "<=" or ">=" or "+" or "-" or "*" or "/" or "||" or "]" or "%" or ";")
        || next.IsWord("from") || next.IsWord("as") || next.Kind == TokenKind.End;

    /// <summary>At "(" opening a Teradata column attribute (not a call such as upper(title)).</summary>
    private bool IsColumnAttributeAhead()
    {
        if (!IsOp("("))
        {
            return false;
        }

        var word = PeekAhead(1);
        var after = PeekAhead(2);
        return word.Kind == TokenKind.Word && word.Text switch
        {
            "title" or "format" => after.Kind == TokenKind.String,
            "named" => after.IsIdentifier && PeekAhead(3).IsOperator(")"),
            "casespecific" or "uppercase" => after.IsOperator(")"),
            "not" => after.IsWord("casespecific"),
            _ => false,
        };
    }

    private static bool IsIntervalUnit(string word) => word is "year" or "years" or "month" or "months" or "day"
        or "days" or "hour" or "hours" or "minute" or "minutes" or "second" or "seconds" or "week" or "weeks"
        or "quarter" or "millisecond" or "milliseconds" or "microsecond" or "microseconds" or "to";

    private Expr ParseNameOrCall()
    {
        var first = Peek;
        var parts = new List<string>(2);
        AddNameParts(parts, first);
        Next();
        while (IsOp(".") && (PeekAhead(1).IsIdentifier || PeekAhead(1).IsOperator("*") || PeekAhead(1).Kind == TokenKind.Parameter))
        {
            Next();
            if (AcceptOp("*"))
            {
                return new StarExpr(parts, first.Line, first.Column);
            }

            AddNameParts(parts, Next());
        }

        if (IsColumnAttributeAhead())
        {
            // Teradata: a column followed by its attributes, c.id (TITLE 'Id') (FORMAT 'X(10)').
            while (IsColumnAttributeAhead())
            {
                SkipParens();
            }

            return new ColumnRef(parts, first.Line, first.Column);
        }

        if (IsOp("("))
        {
            return ParseFunctionCall(string.Join('.', parts));
        }

        // A lambda parameter (x -> x + 1) is not a column.
        if (IsOp("->") && parts.Count == 1 && _lambdaDepth > 0 && !_dialect.IsPostgresFamily())
        {
            Next();
            ParseExpr();
            return LiteralExpr.Instance;
        }

        return new ColumnRef(parts, first.Line, first.Column);
    }

    private int _lambdaDepth;

    private CaseExpr ParseCase()
    {
        ExpectWord("case");
        var operand = IsWord("when") ? null : ParseExpr();
        var branches = new List<(Expr, Expr)>();
        while (AcceptWord("when"))
        {
            var condition = ParseExpr();
            ExpectWord("then");
            branches.Add((condition, ParseExpr()));
        }

        var otherwise = AcceptWord("else") ? ParseExpr() : null;
        ExpectWord("end");
        return new CaseExpr(operand, branches, otherwise);
    }

    private Expr ParseCast()
    {
        Next();
        ExpectOp("(");
        var value = ParseExpr();
        if (AcceptWord("as") || AcceptOp(","))
        {
            ParseDataType();
        }

        if (AcceptWord("format"))
        {
            ParseExpr();
        }

        ExpectOp(")");
        return Wrap(value);
    }
}
