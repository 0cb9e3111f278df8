using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// Snowflake COPY INTO table FROM @stage | (query), COPY INTO @stage FROM table | (query);
    /// PostgreSQL COPY table FROM 'file', COPY table | (query) TO 'file'. Stages and files are not tables.
    /// </summary>
    private CopyStatement ParseCopy()
    {
        var start = Next();
        if (AcceptWord("into"))
        {
            ObjectName? target = null;
            if (Peek.Kind == TokenKind.Parameter || Peek.Kind == TokenKind.String)
            {
                Next();
            }
            else
            {
                target = ParseObjectName();
                if (IsOp("(") && !IsQueryStartAfterParens())
                {
                    ParseIdentifierList();
                }
            }

            ExpectWord("from");
            var (source, query) = ParseCopyOperand();
            SkipToStatementEnd();
            return new CopyStatement { Target = target, Source = source, Query = query, Line = start.Line, Column = start.Column };
        }

        var (table, subquery) = ParseCopyOperand();
        if (IsOp("(") && !IsQueryStartAfterParens())
        {
            ParseIdentifierList();
        }

        var from = AcceptWord("from");
        SkipToStatementEnd();
        return from
            ? new CopyStatement { Target = table, Line = start.Line, Column = start.Column }
            : new CopyStatement { Source = table, Query = subquery, Line = start.Line, Column = start.Column };
    }

    private (ObjectName? Table, QueryExpr? Query) ParseCopyOperand()
    {
        if (IsOp("("))
        {
            Next();
            var query = ParseQuery();
            ExpectOp(")");
            return (null, query);
        }

        if (Peek.IsIdentifier)
        {
            return (ParseObjectName(), null);
        }

        Next();
        return (null, null);
    }
}
