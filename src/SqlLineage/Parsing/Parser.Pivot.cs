using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private void ParseTableSuffixes(ref TableRef table)
    {
        while ((IsWord("pivot") || IsWord("unpivot")) && (PeekAhead(1).IsOperator("(") || PeekAhead(1).IsWord("include") || PeekAhead(1).IsWord("exclude")))
        {
            var unpivot = Next().Text == "unpivot";
            if (AcceptWord("include") || AcceptWord("exclude"))
            {
                ExpectWord("nulls");
            }

            var pivot = new PivotRef(table, unpivot);
            ExpectOp("(");
            if (unpivot)
            {
                ParseUnpivotBody(pivot);
            }
            else
            {
                ParsePivotBody(pivot);
            }

            ExpectOp(")");
            table = pivot;
            ParseTableAlias(table);
        }
    }

    private void ParsePivotBody(PivotRef pivot)
    {
        do
        {
            pivot.Values.Add(ParseExpr());
            ParseOptionalAlias();
        }
        while (AcceptOp(","));
        ExpectWord("for");
        pivot.For.Add(ParseAdditive());
        ExpectWord("in");
        ExpectOp("(");
        if (AcceptWord("any") || IsWord("select"))
        {
            // PIVOT ... IN (ANY ORDER BY ...) or IN (subquery): the new columns are only known at run time.
            var depth = 1;
            while (!AtEnd && !(IsOp(")") && depth == 1))
            {
                depth += IsOp("(") ? 1 : IsOp(")") ? -1 : 0;
                Next();
            }
        }
        else
        {
            do
            {
                var value = Peek;
                ParseExpr();
                var alias = ParseOptionalAlias();
                pivot.NewColumns.Add(alias ?? (value.Kind is TokenKind.String or TokenKind.Number ? value.Text : value.Text));
            }
            while (AcceptOp(","));
        }

        ExpectOp(")");
    }

    private void ParseUnpivotBody(PivotRef pivot)
    {
        var valueColumns = IsOp("(") ? ParseIdentifierList() : [ParseIdentifier()];
        ExpectWord("for");
        var nameColumn = ParseIdentifier();
        ExpectWord("in");
        ExpectOp("(");
        do
        {
            if (IsOp("("))
            {
                pivot.Values.Add(ParsePrimary());
            }
            else
            {
                pivot.Values.Add(ParseExpr());
            }

            if (AcceptWord("as"))
            {
                Next();
            }
        }
        while (AcceptOp(","));
        ExpectOp(")");
        pivot.NewColumns.AddRange(valueColumns);
        pivot.NewColumns.Add(nameColumn);
    }
}
