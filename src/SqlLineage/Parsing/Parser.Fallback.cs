using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// Table-level lineage for a statement the grammar could not handle: names after FROM/JOIN/USING are
    /// read, names after INTO/UPDATE/TABLE (in CREATE/INSERT) are written. CTE names are left out.
    /// </summary>
    private FallbackStatement Fallback(Token first)
    {
        var sources = new List<ObjectName>();
        var targets = new List<ObjectName>();
        var cteNames = new HashSet<string>(StringComparer.Ordinal);
        var sawCreateOrInsert = false;
        var depth = 0;
        while (!AtEnd)
        {
            var token = Peek;
            if (token.IsOperator("("))
            {
                depth++;
            }
            else if (token.IsOperator(")"))
            {
                depth--;
            }
            else if (depth <= 0 && token.IsOperator(";"))
            {
                break;
            }

            if (token.Kind != TokenKind.Word)
            {
                Next();
                continue;
            }

            Next();
            switch (token.Text)
            {
                case "create" or "insert":
                    sawCreateOrInsert = true;
                    break;
                case "with" or "," when Peek.IsIdentifier && PeekAhead(1).IsWord("as") && PeekAhead(2).IsOperator("("):
                    cteNames.Add(Peek.Text);
                    break;
                case "from" or "join" or "using" when IsFallbackName() && TryParseObjectName() is { } source:
                    if (!(source.Parts.Count == 1 && cteNames.Contains(source.Last)))
                    {
                        sources.Add(source);
                    }

                    break;
                case "into" or "update" when IsFallbackName(allowParenthesis: true) && TryParseObjectName() is { } target:
                    targets.Add(target);
                    break;
                case "table" or "view" when sawCreateOrInsert && IsFallbackName(allowParenthesis: true):
                    AcceptWords("if", "not");
                    AcceptWord("exists");
                    if (TryParseObjectName() is { } created)
                    {
                        targets.Add(created);
                    }

                    break;
            }

            if (token.Text is "with" && Peek.IsIdentifier && PeekAhead(1).IsWord("as"))
            {
                cteNames.Add(Peek.Text);
            }
        }

        return new FallbackStatement(sources, targets) { Line = first.Line, Column = first.Column };
    }

    private ObjectName? TryParseObjectName()
    {
        if (!Peek.IsIdentifier && Peek.Kind != TokenKind.Parameter)
        {
            return null;
        }

        try
        {
            return ParseObjectName();
        }
        catch (ParseException)
        {
            return null;
        }
    }

    private bool IsFallbackName(bool allowParenthesis = false)
    {
        var token = Peek;
        if (token.Kind == TokenKind.QuotedIdentifier)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || Reserved.Contains(token.Text) || token.Text is "if")
        {
            return token.IsWord("if") && IsWordAhead(1, "not");
        }

        var k = 1;
        while (PeekAhead(k).IsOperator(".") && PeekAhead(k + 1).IsIdentifier)
        {
            k += 2;
        }

        return allowParenthesis || !PeekAhead(k).IsOperator("(");
    }
}
