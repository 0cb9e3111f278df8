using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    /// <summary>Consumes a data type (VARCHAR(10), NUMBER(38,0), TIMESTAMP WITH TIME ZONE, ARRAY&lt;STRUCT&lt;...&gt;&gt;, INT[]).</summary>
    private void ParseDataType()
    {
        if (!Peek.IsIdentifier)
        {
            throw Error("Expected a data type");
        }

        var first = Next().Text;
        while (Peek.Kind == TokenKind.Word && Peek.Text is "precision" or "varying" or "unsigned" or "signed" or "zone" or "local")
        {
            Next();
        }

        if (first is "timestamp" or "time" && (IsWord("with") || IsWord("without")) && IsWordAhead(1, "time"))
        {
            Skip(3);
            AcceptWord("zone");
        }

        while (IsOp(".") && PeekAhead(1).IsIdentifier)
        {
            Skip(2);
        }

        if (IsOp("("))
        {
            SkipParens();
        }

        if (IsOp("<"))
        {
            SkipAngleBrackets();
        }

        while (IsOp("[") && PeekAhead(1).IsOperator("]"))
        {
            Skip(2);
        }
    }

    private void SkipAngleBrackets()
    {
        ExpectOp("<");
        var depth = 1;
        while (!AtEnd && depth > 0)
        {
            if (IsOp("<"))
            {
                depth++;
            }
            else if (IsOp(">"))
            {
                depth--;
            }
            else if (IsOp(">>"))
            {
                depth -= 2;
            }

            Next();
        }
    }
}
