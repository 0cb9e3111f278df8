using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Limits;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private List<Statement> ParseAll()
    {
        var statements = new List<Statement>();
        while (!AtEnd)
        {
            if (AcceptOp(";") || AcceptWord("go"))
            {
                continue;
            }

            if (Peek.Kind == TokenKind.Parameter && Peek.Text.StartsWith("{{", StringComparison.Ordinal))
            {
                // A dbt {{ config(...) }} block before the model's query.
                Next();
                continue;
            }

            var start = _pos;
            var first = Peek;
            try
            {
                var statement = ParseStatement();
                if (statement is not null)
                {
                    statements.Add(WithCteStatements(statement));
                    if (statements.Count > AnalysisLimits.MaxStatements)
                    {
                        AnalysisBudget.TooComplex($"The script has more than {AnalysisLimits.MaxStatements:N0} statements");
                    }
                }

                if (!AtStatementEnd && !(Peek.Kind == TokenKind.Word && Reserved.IsStatementStart(Peek.Text)))
                {
                    _diagnostics.Add(new Diagnostic(
                        "warning",
                        DiagnosticCodes.Unsupported,
                        $"Ignored unsupported syntax starting at '{Peek.Text}'",
                        Peek.Line,
                        Peek.Column));
                    SkipToStatementEnd();
                }
            }
            catch (ParseException e)
            {
                _diagnostics.Add(new Diagnostic("error", e.Code, e.Message, e.Line, e.Column));
                _depth = 0;
                _pos = start;
                _cteStatements.Clear();
                statements.Add(Fallback(first));
            }
        }

        return statements;
    }

    private Statement? ParseStatement()
    {
        var token = Peek;
        if (token.IsOperator("("))
        {
            return QueryStatement(ParseQuery());
        }

        if (token.Kind != TokenKind.Word)
        {
            throw Error("Expected a statement");
        }

        switch (token.Text)
        {
            case "with":
                return ParseWithStatement();
            case "select" when IsWordAhead(1, "swap_partitions_between_tables") && PeekAhead(2).IsOperator("("):
                return ParsePartitionSwapCall();
            case "select":
            case "values":
                return QueryStatement(ParseQuery());
            case "replace" when IsWordAhead(1, "view"):
                // Teradata REPLACE VIEW: CREATE OR REPLACE VIEW.
                return ParseCreate();
            case "ins" when _dialect == Dialect.Ansi && IsWordAhead(1, "into"):
                // Teradata abbreviations: INS, UPD, DEL (SEL is read by the tokenizer).
                return ParseInsert([]);
            case "upd" when _dialect == Dialect.Ansi && PeekAhead(1).IsIdentifier:
                return ParseUpdate([]);
            case "del" when _dialect == Dialect.Ansi && IsWordAhead(1, "from"):
                return ParseDelete([]);
            case "insert":
            case "replace" when IsWordAhead(1, "into"):
            case "upsert":
                return ParseInsert([]);
            case "create":
                return ParseCreate();
            case "merge":
                return ParseMerge([]);
            case "update":
                return ParseUpdate([]);
            case "delete":
                return ParseDelete([]);
            case "alter":
                return ParseAlter();
            case "rename":
                return ParseRenameTable();
            case "drop":
                return ParseDrop();
            case "truncate":
                return ParseTruncate();
            case "copy":
                return ParseCopy();
            case "use":
                return ParseUse();
            case "declare" when PeekAhead(1).Kind == TokenKind.Word:
                return ParseDeclare();
            case "export" when IsWordAhead(1, "data"):
                // BigQuery EXPORT DATA OPTIONS (...) AS query: the query's tables are read.
                while (!AtStatementEnd && !(IsWord("as") && (PeekAhead(1).IsWord("select") || PeekAhead(1).IsWord("with") || PeekAhead(1).IsOperator("("))))
                {
                    if (IsOp("("))
                    {
                        SkipParens();
                        continue;
                    }

                    Next();
                }

                return AcceptWord("as") ? new SelectStatement(ParseQuery()) : null;
            case "set" when IsWordAhead(1, "search_path") || (IsWordAhead(1, "schema") && PeekAhead(2).Kind == TokenKind.String):
                return ParseSearchPath();
            case "begin" or "end" or "if" or "else" or "elseif" or "while":
                SkipBlockKeyword();
                return null;
            case "from" when _dialect is Dialect.Hive or Dialect.Ansi:
                return ParseMultiInsert();
            case "unload" when PeekAhead(1).IsOperator("("):
                return ParseUnload();
            case "cache" when IsWordAhead(1, "table") || IsWordAhead(1, "lazy"):
                return ParseCacheTable();
            case "load" when IsWordAhead(1, "data"):
                return ParseLoadData();
            case "do" when PeekAhead(1).Kind == TokenKind.String || IsWordAhead(1, "language"):
                return ParseDoBlock();
            case "for" when PeekAhead(1).IsIdentifier && IsWordAhead(2, "in"):
                return ParseForLoopHeader();
            case "loop" or "repeat" or "until":
            case "exception" when IsWordAhead(1, "when"):
            case "when" when !IsWordAhead(1, "matched") && !IsWordAhead(1, "not"):
                SkipLoopOrHandlerKeyword();
                return null;
            case "execute" when IsWordAhead(1, "immediate"):
                return ParseExecuteImmediate();
            case "exec" or "execute" when IsWordAhead(1, "sp_rename"):
                return ParseSpRename();
            default:
                if (Reserved.IsStatementStart(token.Text) || IsNoLineageStatement(token.Text))
                {
                    SkipToStatementEnd();
                    return null;
                }

                throw new ParseException(
                    DiagnosticCodes.Unsupported,
                    $"Unsupported statement '{token.Text.ToUpperInvariant()}'",
                    token.Line,
                    token.Column);
        }
    }

    /// <summary>
    /// Procedural wrappers (BEGIN ... END, IF cond, WHILE cond, ELSE) are stepped over so that the statements
    /// inside them are analysed as if they stood alone.
    /// </summary>
    private void SkipBlockKeyword()
    {
        var word = Next().Text;
        switch (word)
        {
            case "begin":
                if (Peek.Kind == TokenKind.Word && Peek.Text is "transaction" or "tran" or "work" or "try" or "catch" or "atomic" or "distributed")
                {
                    Next();
                    if (AcceptWord("transaction") || AcceptWord("tran"))
                    {
                    }
                }

                break;
            case "end":
                if (Peek.Kind == TokenKind.Word && Peek.Text is "try" or "catch" or "if" or "loop" or "while" or "transaction" or "for" or "repeat")
                {
                    Next();
                }

                break;
            case "if" or "elseif" or "while":
                ParseExpr();
                if (!AcceptWord("then"))
                {
                    AcceptWord("do");
                }

                break;
        }
    }

    /// <summary>PostgreSQL SET search_path TO s[, ...] / SET SCHEMA 's': the first schema qualifies bare names.</summary>
    private UseStatement? ParseSearchPath()
    {
        var start = Next();
        Next();
        if (!AcceptOp("="))
        {
            AcceptWord("to");
        }

        var token = Peek;
        SkipToStatementEnd();
        if (!(token.IsIdentifier || token.Kind == TokenKind.String) || token.Text.Length == 0 || token.Text.StartsWith('$'))
        {
            return null;
        }

        return new UseStatement("schema", new ObjectName([token.Text], token.Line, token.Column)) { Line = start.Line, Column = start.Column };
    }

    private DeclareStatement ParseDeclare()
    {
        var start = Next();
        var names = new List<string> { Next().Text };
        while (AcceptOp(",") && Peek.IsIdentifier)
        {
            names.Add(Next().Text);
        }

        SkipToStatementEnd();
        return new DeclareStatement(names) { Line = start.Line, Column = start.Column };
    }

    private UseStatement? ParseUse()
    {
        var start = Next();
        string? kind = null;
        if (Peek.Kind == TokenKind.Word && Peek.Text is "database" or "schema" or "catalog" or "warehouse" or "role" or "secondary")
        {
            kind = Next().Text;
        }

        if (kind is "warehouse" or "role" or "secondary" || !Peek.IsIdentifier || IsWord("default"))
        {
            SkipToStatementEnd();
            return null;
        }

        var name = ParseObjectName();
        SkipToStatementEnd();
        return new UseStatement(kind, name) { Line = start.Line, Column = start.Column };
    }

    private static bool IsNoLineageStatement(string word) => word is "grant" or "revoke" or "vacuum" or "reindex"
        or "checkpoint" or "lock" or "unlock" or "listen" or "notify" or "discard" or "prepare" or "deallocate"
        or "reset" or "open" or "close" or "fetch" or "raise" or "return" or "load" or "unset" or "add" or "undrop";

    private static Statement QueryStatement(QueryExpr query)
    {
        if (query is SelectQuery { Into: { } into } select)
        {
            return new CreateStatement(into) { Temporary = select.IntoTemp || IsTempName(into), Query = query, Line = into.Line, Column = into.Column };
        }

        return new SelectStatement(query);
    }

    private static bool IsTempName(ObjectName name) => name.Last.StartsWith('#');

    private Statement ParseWithStatement()
    {
        var ctes = ParseWith();
        if (IsWord("insert"))
        {
            return ParseInsert(ctes);
        }

        if (IsWord("merge"))
        {
            return ParseMerge(ctes);
        }

        if (IsWord("update"))
        {
            return ParseUpdate(ctes);
        }

        if (IsWord("delete"))
        {
            return ParseDelete(ctes);
        }

        var query = ParseQueryBody();
        query.Ctes.InsertRange(0, ctes);
        return QueryStatement(query);
    }
}
