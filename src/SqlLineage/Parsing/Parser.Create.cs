using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private static readonly HashSet<string> ColumnConstraintStarts = new(StringComparer.Ordinal)
    {
        "primary", "constraint", "unique", "foreign", "check", "key", "index", "exclude", "period", "like", "fulltext", "spatial",
    };

    private Statement? ParseCreate()
    {
        var start = Next();
        var temporary = false;
        var isView = false;
        var isTable = false;
        while (!AtStatementEnd)
        {
            var word = Peek.Kind == TokenKind.Word ? Peek.Text : "";
            if (word is "or" or "replace" or "alter" or "global" or "local" or "transient" or "secure" or "external"
                or "unlogged" or "multiset" or "materialized" or "recursive" or "force" or "noforce" or "dynamic"
                or "iceberg" or "hybrid" or "volatile" or "temp" or "temporary" or "set" or "streaming" or "live")
            {
                temporary |= word is "temp" or "temporary" or "volatile";
                Next();
                continue;
            }

            if (word == "table")
            {
                isTable = true;
            }
            else if (word == "view")
            {
                isView = true;
            }

            break;
        }

        if (!isTable && !isView)
        {
            return ParseCreateOther();
        }

        Next();
        if (AcceptWord("if"))
        {
            AcceptWord("not");
            ExpectWord("exists");
        }

        var name = ParseObjectName();
        var create = new CreateStatement(name)
        {
            Temporary = temporary || IsTempName(name),
            IsView = isView,
            Line = start.Line,
            Column = start.Column,
        };
        ParseCreateBody(create);
        return create;
    }

    /// <summary>Snowflake CREATE TASK ... AS &lt;statement&gt; carries the lineage of its statement; other objects none.</summary>
    private Statement? ParseCreateOther()
    {
        if ((IsWord("procedure") || IsWord("proc")) && _dialect == Dialect.TSql)
        {
            // T-SQL procedure: skip the header; the body's statements follow and are analysed in turn.
            while (!AtStatementEnd && !IsWord("as"))
            {
                Next();
            }

            AcceptWord("as");
            return null;
        }

        if (IsWord("procedure") || IsWord("function") || IsWord("proc"))
        {
            return ParseQuotedRoutine();
        }

        if (!IsWord("task"))
        {
            SkipToStatementEnd();
            return null;
        }

        while (!AtStatementEnd)
        {
            if (IsWord("as") && PeekAhead(1).Kind == TokenKind.Word && PeekAhead(1).Text is "insert" or "merge" or "update" or "delete" or "select" or "with" or "copy" or "truncate")
            {
                Next();
                Enter();
                try
                {
                    return ParseStatement();
                }
                finally
                {
                    Leave();
                }
            }

            if (IsOp("("))
            {
                SkipParens();
                continue;
            }

            Next();
        }

        return null;
    }

    private void ParseCreateBody(CreateStatement create)
    {
        if (IsOp("(") && !IsQueryStartAfterParens())
        {
            create.Columns = ParseColumnDefinitions();
        }

        while (!AtStatementEnd)
        {
            if ((IsWord("like") || IsWord("clone")) && PeekAhead(1).IsIdentifier)
            {
                Next();
                create.CopyOf = ParseObjectName();
                continue;
            }

            if (IsWord("select") || IsCteStart() || (IsWord("values") && PeekAhead(1).IsOperator("(")) || IsQueryStartAfterParens()
                || (IsWord("from") && _dialect == Dialect.Ansi && PeekAhead(1).IsIdentifier))
            {
                create.Query = ParseQuery();

                // WITH [NO] DATA, WITH [CASCADED | LOCAL] CHECK OPTION.
                if (IsWord("with") && PeekAhead(1).Kind == TokenKind.Word && PeekAhead(1).Text is "no" or "data" or "cascaded" or "local" or "check")
                {
                    SkipToStatementEnd();
                }

                return;
            }

            if (Peek.Kind == TokenKind.Word && Peek.Text is "insert" or "update" or "delete" or "merge" or "create" or "drop" or "alter" or "truncate" or "grant")
            {
                return;
            }

            if (IsOp("("))
            {
                SkipParens();
                continue;
            }

            Next();
        }
    }

    private bool IsCteStart()
    {
        if (!IsWord("with"))
        {
            return false;
        }

        var name = PeekAhead(1);
        if (name.IsWord("recursive"))
        {
            return true;
        }

        return name.IsIdentifier && (PeekAhead(2).IsOperator("(") || (PeekAhead(2).IsWord("as") && (PeekAhead(3).IsOperator("(") || PeekAhead(3).IsWord("not") || PeekAhead(3).IsWord("materialized"))));
    }

    /// <summary>Column names of a CREATE TABLE (col type ..., CONSTRAINT ...) or CREATE VIEW (a, b) list.</summary>
    private List<string> ParseColumnDefinitions()
    {
        ExpectOp("(");
        var columns = new List<string>();
        while (!AtEnd && !IsOp(")"))
        {
            if (!(Peek.Kind == TokenKind.Word && ColumnConstraintStarts.Contains(Peek.Text)) && Peek.IsIdentifier)
            {
                columns.Add(Next().Text);
            }

            var depth = 0;
            while (!AtEnd)
            {
                if (IsOp("("))
                {
                    depth++;
                }
                else if (IsOp(")"))
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                }
                else if (depth == 0 && IsOp(","))
                {
                    Next();
                    break;
                }

                Next();
            }
        }

        ExpectOp(")");
        return columns;
    }
}
