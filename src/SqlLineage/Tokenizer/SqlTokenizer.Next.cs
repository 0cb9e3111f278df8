namespace DataSpine.SqlLineage.Tokenizer;

internal sealed partial class SqlTokenizer
{
    private static readonly string[] ThreeCharOperators = ["->>", "<=>", "#>>", "!~*"];

    private static readonly string[] TwoCharOperators =
    [
        "::", "||", "<=", ">=", "<>", "!=", "=>", "->", ":=", "==", "**", "#>", "@>", "<@", "&&", "!~", "~*", "<<", ">>",
    ];

    private Token Next(int line, int column)
    {
        var c = Current;
        if (c == '\'')
        {
            return ReadString(line, column, _dialect.BackslashEscapes());
        }

        if (c == '"')
        {
            return _dialect.DoubleQuoteIsString()
                ? ReadQuoted('"', '"', TokenKind.String, line, column, _dialect.BackslashEscapes())
                : ReadQuoted('"', '"', TokenKind.QuotedIdentifier, line, column, false);
        }

        if (c == '`')
        {
            return ReadQuoted('`', '`', TokenKind.QuotedIdentifier, line, column, false);
        }

        if (c == '[' && (_dialect == Dialect.TSql || IsBracketIdentifier()))
        {
            return ReadQuoted('[', ']', TokenKind.QuotedIdentifier, line, column, false);
        }

        if (c == '$')
        {
            return ReadDollar(line, column);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(PeekAt(1))))
        {
            return ReadNumber(line, column);
        }

        if (IsWordStart(c) || (c == '#' && _dialect == Dialect.TSql && (IsWordPart(PeekAt(1)) || PeekAt(1) == '#')))
        {
            return ReadWord(line, column);
        }

        if (c == '@' && (IsWordStart(PeekAt(1)) || PeekAt(1) == '@'))
        {
            var start = _pos;
            _pos++;
            while (_pos < _sql.Length && (IsWordPart(Current) || Current == '@' || Current == '.' || Current == '/'))
            {
                _pos++;
            }

            return new Token(TokenKind.Parameter, Slice(start), line, column);
        }

        if (c == '{' && PeekAt(1) == '{')
        {
            return ReadTemplate(line, column);
        }

        if (c == '?')
        {
            _pos++;
            return new Token(TokenKind.Parameter, "?", line, column);
        }

        return ReadOperator(line, column);
    }

    private Token ReadOperator(int line, int column)
    {
        foreach (var op in ThreeCharOperators)
        {
            if (string.CompareOrdinal(_sql, _pos, op, 0, 3) == 0)
            {
                _pos += 3;
                return new Token(TokenKind.Operator, op, line, column);
            }
        }

        foreach (var op in TwoCharOperators)
        {
            if (string.CompareOrdinal(_sql, _pos, op, 0, 2) == 0)
            {
                _pos += 2;
                return new Token(TokenKind.Operator, op, line, column);
            }
        }

        var c = _sql[_pos];
        _pos++;
        return new Token(TokenKind.Operator, OperatorText(c), line, column);
    }

    private static string OperatorText(char c) => c switch
    {
        '(' => "(",
        ')' => ")",
        ',' => ",",
        '.' => ".",
        ';' => ";",
        '=' => "=",
        '*' => "*",
        '+' => "+",
        '-' => "-",
        '/' => "/",
        '<' => "<",
        '>' => ">",
        ':' => ":",
        '[' => "[",
        ']' => "]",
        _ => c.ToString(),
    };

    private Token ReadWord(int line, int column)
    {
        var start = _pos;
        _pos++;
        if (_sql[start] == '#' && Current == '#')
        {
            _pos++;
        }

        while (_pos < _sql.Length && IsWordPart(_sql[_pos]))
        {
            _pos++;
        }

        // String prefixes: E'..' (escapes), N'..', X'..', B'..', R'..' (raw), U&'..'.
        if (Current == '\'' && _pos - start <= 2)
        {
            var prefix = Slice(start).ToLowerInvariant();
            if (prefix is "e" or "n" or "x" or "b" or "r" or "br" or "rb")
            {
                var backslash = prefix == "e" || (_dialect.BackslashEscapes() && !prefix.Contains('r', StringComparison.Ordinal));
                return ReadString(line, column, backslash);
            }
        }

        if (Current == '&' && PeekAt(1) == '\'' && _pos - start == 1 && (_sql[start] is 'u' or 'U'))
        {
            _pos++;
            return ReadString(line, column, false);
        }

        var word = Keywords.Normalize(_sql.AsSpan(start, _pos - start));
        return new Token(TokenKind.Word, word == "sel" && _dialect == Dialect.Ansi && IsSelectAbbreviation() ? "select" : word, line, column);
    }

    private Token ReadNumber(int line, int column)
    {
        var start = _pos;
        while (_pos < _sql.Length && (char.IsAsciiDigit(Current) || Current == '.' || Current == '_'))
        {
            if (Current == '.' && PeekAt(1) == '.')
            {
                break;
            }

            _pos++;
        }

        if ((Current is 'e' or 'E') && (char.IsAsciiDigit(PeekAt(1)) || ((PeekAt(1) is '+' or '-') && char.IsAsciiDigit(PeekAt(2)))))
        {
            _pos += 2;
            while (_pos < _sql.Length && char.IsAsciiDigit(Current))
            {
                _pos++;
            }
        }

        // Hex and suffixed literals (0x1F, 10L, 1.5BD): swallow trailing word characters.
        while (_pos < _sql.Length && IsWordPart(Current))
        {
            _pos++;
        }

        return new Token(TokenKind.Number, Slice(start), line, column);
    }
}
