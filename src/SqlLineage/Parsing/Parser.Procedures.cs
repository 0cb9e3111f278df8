using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

/// <summary>
/// Procedural code whose statements carry the lineage: a routine body quoted as a string ($$ ... $$ in
/// Snowflake and PostgreSQL, '...' in older PostgreSQL) and EXECUTE IMMEDIATE of a literal. The body is
/// tokenized and parsed as a script of its own; unquoted bodies (BEGIN ... END) are already read in line.
/// </summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> SqlLanguages = new(StringComparer.Ordinal) { "sql", "plpgsql", "plsql", "tsql" };

    /// <summary>CREATE PROCEDURE / FUNCTION header and a quoted body in a SQL language; null when there is none.</summary>
    private CompoundStatement? ParseQuotedRoutine()
    {
        Token? body = null;
        var language = "sql";
        while (!AtStatementEnd)
        {
            if (IsWord("begin"))
            {
                // An unquoted body: its statements follow and are read in line.
                return null;
            }

            if (AcceptWord("language") && Peek.Kind == TokenKind.Word)
            {
                language = Next().Text;
                continue;
            }

            if (IsWord("as") && PeekAhead(1).Kind == TokenKind.String)
            {
                Next();
                body = Next();
                continue;
            }

            if (IsOp("("))
            {
                SkipParens();
                continue;
            }

            Next();
        }

        return body is { } text && SqlLanguages.Contains(language) ? ParseEmbedded(text) : null;
    }

    /// <summary>EXECUTE IMMEDIATE '...' or $$ ... $$: the literal is a script.</summary>
    private CompoundStatement? ParseExecuteImmediate()
    {
        Skip(2);
        var literal = Peek.Kind == TokenKind.String ? Next() : (Token?)null;
        SkipToStatementEnd();
        return literal is { } text ? ParseEmbedded(text) : null;
    }

    /// <summary>PostgreSQL DO [LANGUAGE l] $$ ... $$ [LANGUAGE l]: an anonymous block.</summary>
    private CompoundStatement? ParseDoBlock()
    {
        Next();
        var language = "plpgsql";
        Token? body = null;
        while (!AtStatementEnd)
        {
            if (AcceptWord("language") && Peek.Kind == TokenKind.Word)
            {
                language = Next().Text;
            }
            else if (Peek.Kind == TokenKind.String)
            {
                body = Next();
            }
            else
            {
                Next();
            }
        }

        return body is { } text && SqlLanguages.Contains(language) ? ParseEmbedded(text) : null;
    }

    /// <summary>
    /// FOR r IN (query) LOOP / FOR r IN cursor LOOP / FOR i IN 1..n DO: the loop header is stepped over; a query
    /// it iterates is read (its rows feed the statements in the loop).
    /// </summary>
    private Statement? ParseForLoopHeader()
    {
        var start = Next();
        Next();
        Next();
        Statement? read = null;
        if (IsOp("(") && IsQueryStartAfterParens())
        {
            Next();
            read = new CursorStatement(ParseQuery()) { Line = start.Line, Column = start.Column };
            AcceptOp(")");
        }
        else if (IsWord("select") || IsWord("with"))
        {
            read = new CursorStatement(ParseQuery()) { Line = start.Line, Column = start.Column };
        }

        while (!AtStatementEnd && !IsWord("loop") && !IsWord("do"))
        {
            Next();
        }

        if (!AcceptWord("loop"))
        {
            AcceptWord("do");
        }

        return read;
    }

    /// <summary>
    /// LOOP and REPEAT open a loop body, UNTIL cond closes a REPEAT, and EXCEPTION WHEN e THEN / WHEN e THEN
    /// open a PL/SQL handler: all stepped over so that the statements inside are read.
    /// </summary>
    private void SkipLoopOrHandlerKeyword()
    {
        if (AcceptWord("until"))
        {
            ParseExpr();
            return;
        }

        if (AcceptWord("loop") || AcceptWord("repeat"))
        {
            return;
        }

        AcceptWord("exception");
        while (!AtStatementEnd && !IsWord("then"))
        {
            Next();
        }

        AcceptWord("then");
    }

    private CompoundStatement ParseEmbedded(Token literal)
    {
        Enter();
        try
        {
            var tokens = SqlTokenizer.Tokenize(literal.Text, _dialect, _diagnostics);
            for (var i = 0; i < tokens.Count; i++)
            {
                // Positions inside the body are reported where they are in the whole text (columns on its first line are approximate).
                tokens[i] = tokens[i] with { Line = tokens[i].Line + literal.Line - 1 };
            }

            var statements = new Parser(tokens, _dialect, _diagnostics) { _depth = _depth }.ParseAll();
            return new CompoundStatement(statements) { Line = literal.Line, Column = literal.Column };
        }
        finally
        {
            Leave();
        }
    }
}
