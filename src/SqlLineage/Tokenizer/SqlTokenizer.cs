using System.Text;
using DataSpine.SqlLineage.Limits;

namespace DataSpine.SqlLineage.Tokenizer;

/// <summary>A hand-written single-pass lexer; no regex so that it stays linear and allocation-light.</summary>
internal sealed partial class SqlTokenizer
{
    private readonly string _sql;
    private readonly Dialect _dialect;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<Token> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private SqlTokenizer(string sql, Dialect dialect, List<Diagnostic> diagnostics)
    {
        _sql = sql;
        _dialect = dialect;
        _diagnostics = diagnostics;
    }

    public static List<Token> Tokenize(string sql, Dialect dialect, List<Diagnostic> diagnostics)
    {
        var tokenizer = new SqlTokenizer(sql, dialect, diagnostics);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private char Current => _pos < _sql.Length ? _sql[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _sql.Length ? _sql[_pos + offset] : '\0';

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _sql.Length)
            {
                _tokens.Add(new Token(TokenKind.End, "", _line, _pos - _lineStart + 1));
                return;
            }

            var line = _line;
            var column = _pos - _lineStart + 1;
            var token = Next(line, column);
            _tokens.Add(token);
            AnalysisBudget.Spend(1);
        }
    }

    private void Advance()
    {
        if (_sql[_pos] == '\n')
        {
            _line++;
            _lineStart = _pos + 1;
        }

        _pos++;
    }

    private void Error(string message, int line, int column) =>
        _diagnostics.Add(new Diagnostic("error", DiagnosticCodes.ParseError, message, line, column));

    private void SkipTrivia()
    {
        while (_pos < _sql.Length)
        {
            var c = _sql[_pos];
            if (char.IsWhiteSpace(c))
            {
                Advance();
            }
            else if (c == '-' && PeekAt(1) == '-')
            {
                SkipLineComment();
            }
            else if (c == '#' && _dialect == Dialect.MySql)
            {
                SkipLineComment();
            }
            else if (c == '/' && PeekAt(1) == '*')
            {
                SkipBlockComment();
            }
            else if (c == '{' && (PeekAt(1) == '%' || PeekAt(1) == '#'))
            {
                SkipTemplateBlock(PeekAt(1) == '%' ? '%' : '#');
            }
            else
            {
                return;
            }
        }
    }

    private void SkipLineComment()
    {
        while (_pos < _sql.Length && _sql[_pos] != '\n')
        {
            _pos++;
        }
    }

    private void SkipBlockComment()
    {
        var line = _line;
        var column = _pos - _lineStart + 1;
        var depth = 0;
        while (_pos < _sql.Length)
        {
            if (Current == '/' && PeekAt(1) == '*' && (depth == 0 || NestedComments))
            {
                depth++;
                _pos += 2;
            }
            else if (Current == '*' && PeekAt(1) == '/')
            {
                depth--;
                _pos += 2;
                if (depth == 0)
                {
                    return;
                }
            }
            else
            {
                Advance();
            }
        }

        Error("Unterminated block comment", line, column);
    }

    private void SkipTemplateBlock(char marker)
    {
        _pos += 2;
        while (_pos < _sql.Length && !(Current == marker && PeekAt(1) == '}'))
        {
            Advance();
        }

        _pos = Math.Min(_sql.Length, _pos + 2);
    }

    /// <summary>PostgreSQL, T-SQL and the SQL standard nest block comments; MySQL, BigQuery and others do not.</summary>
    private bool NestedComments => _dialect is Dialect.Postgres or Dialect.Redshift or Dialect.TSql or Dialect.Ansi;

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    private string Slice(int start) => _sql[start.._pos];

    private static StringBuilder NewBuilder() => new();
}
