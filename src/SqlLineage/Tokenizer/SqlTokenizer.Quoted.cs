namespace DataSpine.SqlLineage.Tokenizer;

internal sealed partial class SqlTokenizer
{
    private Token ReadString(int line, int column, bool backslashEscapes)
    {
        if (PeekAt(1) == '\'' && PeekAt(2) == '\'' && _dialect == Dialect.BigQuery)
        {
            return ReadTripleQuoted('\'', line, column);
        }

        return ReadQuoted('\'', '\'', TokenKind.String, line, column, backslashEscapes);
    }

    private Token ReadQuoted(char open, char close, TokenKind kind, int line, int column, bool backslashEscapes)
    {
        if (open == '"' && kind == TokenKind.String && PeekAt(1) == '"' && PeekAt(2) == '"')
        {
            return ReadTripleQuoted('"', line, column);
        }

        _pos++;
        var start = _pos;
        System.Text.StringBuilder? builder = null;
        while (_pos < _sql.Length)
        {
            var c = _sql[_pos];
            if (backslashEscapes && c == '\\' && _pos + 1 < _sql.Length)
            {
                builder ??= NewBuilder().Append(_sql, start, _pos - start);
                builder.Append(_sql[_pos + 1]);
                Advance();
                Advance();
                continue;
            }

            if (c == close)
            {
                if (PeekAt(1) == close)
                {
                    builder ??= NewBuilder().Append(_sql, start, _pos - start);
                    builder.Append(close);
                    _pos += 2;
                    continue;
                }

                var text = builder?.ToString() ?? _sql[start.._pos];
                _pos++;
                return new Token(kind, text, line, column);
            }

            builder?.Append(c);
            Advance();
        }

        Error(kind == TokenKind.String ? "Unterminated string literal" : "Unterminated quoted identifier", line, column);
        return new Token(kind, builder?.ToString() ?? _sql[start..], line, column);
    }

    private Token ReadTripleQuoted(char quote, int line, int column)
    {
        _pos += 3;
        var start = _pos;
        while (_pos < _sql.Length)
        {
            if (_sql[_pos] == quote && PeekAt(1) == quote && PeekAt(2) == quote)
            {
                var text = _sql[start.._pos];
                _pos += 3;
                return new Token(TokenKind.String, text, line, column);
            }

            Advance();
        }

        Error("Unterminated string literal", line, column);
        return new Token(TokenKind.String, _sql[start..], line, column);
    }

    private Token ReadDollar(int line, int column)
    {
        // $1 positional parameter / Snowflake staged column; ${var} template; $$..$$ or $tag$..$tag$ string.
        var next = PeekAt(1);
        if (char.IsAsciiDigit(next))
        {
            var s = _pos;
            _pos++;
            while (_pos < _sql.Length && char.IsAsciiDigit(Current))
            {
                _pos++;
            }

            return new Token(TokenKind.Parameter, Slice(s), line, column);
        }

        if (next == '{')
        {
            var s = _pos;
            while (_pos < _sql.Length && Current != '}')
            {
                Advance();
            }

            _pos = Math.Min(_sql.Length, _pos + 1);
            return new Token(TokenKind.Parameter, Slice(s), line, column);
        }

        var tagEnd = _pos + 1;
        while (tagEnd < _sql.Length && (char.IsLetterOrDigit(_sql[tagEnd]) || _sql[tagEnd] == '_'))
        {
            tagEnd++;
        }

        if (tagEnd > _pos + 1 && (tagEnd >= _sql.Length || _sql[tagEnd] != '$') && !char.IsAsciiDigit(next))
        {
            // Snowflake session variable: $name.
            var s = _pos;
            _pos = tagEnd;
            return new Token(TokenKind.Parameter, Slice(s), line, column);
        }

        if (tagEnd < _sql.Length && _sql[tagEnd] == '$')
        {
            var tag = _sql.Substring(_pos, tagEnd - _pos + 1);
            _pos = tagEnd + 1;
            var bodyStart = _pos;
            var end = _sql.IndexOf(tag, _pos, StringComparison.Ordinal);
            if (end < 0)
            {
                Error("Unterminated dollar-quoted string", line, column);
                end = _sql.Length;
            }

            while (_pos < end)
            {
                Advance();
            }

            var text = _sql[bodyStart..end];
            _pos = Math.Min(_sql.Length, end + tag.Length);
            return new Token(TokenKind.String, text, line, column);
        }

        _pos++;
        return new Token(TokenKind.Operator, "$", line, column);
    }

    private Token ReadTemplate(int line, int column)
    {
        var start = _pos;
        var end = _sql.IndexOf("}}", _pos, StringComparison.Ordinal);
        end = end < 0 ? _sql.Length : end + 2;
        while (_pos < end)
        {
            Advance();
        }

        return new Token(TokenKind.Parameter, _sql[start..end], line, column);
    }
}
