using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// Snowflake COPY INTO table FROM @stage | (query), COPY INTO @stage FROM table | (query);
    /// PostgreSQL/Redshift COPY table FROM 'file', COPY table | (query) TO 'file'. A quoted location is a dataset
    /// named by its URI; named stages (@stage) are not.
    /// </summary>
    private CopyStatement ParseCopy()
    {
        var start = Next();
        if (AcceptWord("into"))
        {
            var target = AcceptPathLiteral();
            if (target is null && Peek.Kind == TokenKind.Parameter)
            {
                Next();
            }
            else if (target is null)
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
        var to = !from && AcceptWord("to");
        var file = from || to ? AcceptPathLiteral() : null;
        SkipToStatementEnd();
        return from
            ? new CopyStatement { Target = table, Source = file, Line = start.Line, Column = start.Column }
            : new CopyStatement { Source = table, Query = subquery, Target = file, Line = start.Line, Column = start.Column };
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

        if (AcceptPathLiteral() is { } path)
        {
            return (path, null);
        }

        Next();
        return (null, null);
    }
}
