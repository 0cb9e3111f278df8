using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private SelectQuery ParseSelect()
    {
        ExpectWord("select");
        var query = new SelectQuery();
        ParseSelectModifiers(query);
        do
        {
            if (IsWord("from") || AtStatementEnd)
            {
                break;
            }

            query.Items.Add(ParseSelectItem());
        }
        while (AcceptOp(","));

        if (AcceptWord("into"))
        {
            if (Peek.Kind == TokenKind.Parameter || IsOp(":"))
            {
                // SELECT ... INTO :var / @var assigns variables, not a table.
                while (!IsWord("from") && !AtStatementEnd && !IsOp(")"))
                {
                    Next();
                }
            }
            else
            {
                query.IntoTemp = AcceptWord("temporary") || AcceptWord("temp");
                AcceptWord("unlogged");
                AcceptWord("table");
                query.Into = ParseObjectName();
            }
        }

        if (AcceptWord("from"))
        {
            ParseFromList(query.From);
        }

        ParseSelectClauses(query);
        return query;
    }

    private void ParseSelectModifiers(SelectQuery query)
    {
        if (AcceptWord("distinct"))
        {
            if (AcceptWord("on"))
            {
                ExpectOp("(");
                do
                {
                    query.DistinctOn.Add(ParseExpr());
                }
                while (AcceptOp(","));
                ExpectOp(")");
            }
        }
        else
        {
            AcceptWord("all");
        }

        if (IsWord("as") && (IsWordAhead(1, "struct") || IsWordAhead(1, "value")))
        {
            Skip(2);
        }

        if (AcceptWord("top"))
        {
            if (IsOp("("))
            {
                SkipParens();
            }
            else
            {
                Next();
            }

            AcceptWord("percent");
            AcceptWords("with", "ties");
        }
    }

    private void ParseSelectClauses(SelectQuery query)
    {
        while (true)
        {
            if (AcceptWord("where"))
            {
                query.Where = ParseExpr();
            }
            else if (IsWord("group") && IsWordAhead(1, "by"))
            {
                Skip(2);
                ParseGroupBy(query);
            }
            else if (AcceptWord("having"))
            {
                query.Having = ParseExpr();
            }
            else if (AcceptWord("qualify"))
            {
                query.Qualify = ParseExpr();
            }
            else if (AcceptWord("window"))
            {
                do
                {
                    var name = ParseIdentifier();
                    ExpectWord("as");
                    query.Windows[name] = ParseWindowSpec();
                }
                while (AcceptOp(","));
            }
            else if ((IsWord("cluster") || IsWord("distribute") || IsWord("sort")) && IsWordAhead(1, "by"))
            {
                Skip(2);
                query.OrderBy.AddRange(ParseOrderByItems());
            }
            else
            {
                return;
            }
        }
    }

    private void ParseGroupBy(SelectQuery query)
    {
        if (AcceptWord("all"))
        {
            return;
        }

        do
        {
            if (AcceptWords("grouping", "sets"))
            {
                query.GroupBy.Add(ParseExpr());
            }
            else if (IsOp("(") && PeekAhead(1).IsOperator(")"))
            {
                Skip(2);
            }
            else
            {
                query.GroupBy.Add(ParseExpr());
            }
        }
        while (AcceptOp(","));

        if (AcceptWords("with", "rollup") || AcceptWords("with", "cube"))
        {
            return;
        }
    }

    private SelectItem ParseSelectItem()
    {
        var start = Peek;
        if (IsOp("*"))
        {
            Next();
            return new SelectItem(ParseStarModifiers(null, start), null);
        }

        var k = 0;
        while (PeekAhead(k).IsIdentifier && PeekAhead(k + 1).IsOperator("."))
        {
            k += 2;
        }

        if (k > 0 && PeekAhead(k).IsOperator("*"))
        {
            var qualifier = new List<string>();
            for (var i = 0; i < k; i += 2)
            {
                AddNameParts(qualifier, PeekAhead(i));
            }

            Skip(k + 1);
            return new SelectItem(ParseStarModifiers(qualifier, start), null);
        }

        if (_dialect == Dialect.TSql && start.IsIdentifier && PeekAhead(1).IsOperator("="))
        {
            Skip(2);
            return new SelectItem(ParseExpr(), start.Text);
        }

        var expr = ParseExpr();
        var alias = ParseOptionalAlias();
        if (alias is null && Peek.Kind == TokenKind.String && _dialect is Dialect.MySql or Dialect.TSql)
        {
            alias = Next().Text;
        }

        return new SelectItem(expr, alias);
    }

    private StarExpr ParseStarModifiers(List<string>? qualifier, Token start)
    {
        var star = new StarExpr(qualifier, start.Line, start.Column);
        while (true)
        {
            if ((IsWord("except") && PeekAhead(1).IsOperator("(") && !PeekAhead(2).IsWord("select")) || AcceptWord("exclude"))
            {
                AcceptWord("except");
                if (IsOp("("))
                {
                    star.Except.AddRange(ParseIdentifierList());
                }
                else
                {
                    star.Except.Add(ParseIdentifier());
                }
            }
            else if (IsWord("replace") && PeekAhead(1).IsOperator("("))
            {
                Next();
                Next();
                do
                {
                    var expr = ParseExpr();
                    ExpectWord("as");
                    star.Replace[ParseIdentifier()] = expr;
                }
                while (AcceptOp(","));
                ExpectOp(")");
            }
            else if (IsWord("rename") && PeekAhead(1).IsOperator("("))
            {
                Next();
                Next();
                do
                {
                    var from = ParseIdentifier();
                    while (AcceptOp("."))
                    {
                        from = ParseIdentifier();
                    }

                    ExpectWord("as");
                    star.Rename[from] = ParseIdentifier();
                }
                while (AcceptOp(","));
                ExpectOp(")");
            }
            else if (AcceptWord("ilike") || AcceptWord("like"))
            {
                star.Like = Next().Text;
            }
            else
            {
                return star;
            }
        }
    }
}
