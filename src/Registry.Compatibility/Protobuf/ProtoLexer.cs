using System.Text;

namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>Splits .proto text into tokens (Protocol Buffers language specification, "Lexical elements").</summary>
internal sealed class ProtoLexer(string text)
{
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public List<ProtoToken> Tokenize()
    {
        var tokens = new List<ProtoToken>();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (_pos >= text.Length)
            {
                tokens.Add(new ProtoToken(ProtoTokenKind.End, "", _line, Column));
                return tokens;
            }

            tokens.Add(Next());
        }
    }

    private int Column => _pos - _lineStart + 1;

    private ProtoToken Next()
    {
        var (line, column) = (_line, Column);
        var c = text[_pos];
        if (char.IsAsciiLetter(c) || c == '_')
        {
            var start = _pos;
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_'))
            {
                _pos++;
            }

            return new ProtoToken(ProtoTokenKind.Identifier, text[start.._pos], line, column);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < text.Length && char.IsAsciiDigit(text[_pos + 1])))
        {
            return Number(line, column);
        }

        if (c is '"' or '\'')
        {
            return new ProtoToken(ProtoTokenKind.String, QuotedString(c), line, column);
        }

        _pos++;
        return "{}[]()<>;=,.:-+/".Contains(c)
            ? new ProtoToken(ProtoTokenKind.Symbol, c.ToString(), line, column)
            : throw new ProtoSchemaException($"Unexpected character '{c}'", line, column);
    }

    private ProtoToken Number(int line, int column)
    {
        var start = _pos;
        var isFloat = false;
        if (text[_pos] == '0' && _pos + 1 < text.Length && text[_pos + 1] is 'x' or 'X')
        {
            _pos += 2;
            while (_pos < text.Length && char.IsAsciiHexDigit(text[_pos]))
            {
                _pos++;
            }

            return new ProtoToken(ProtoTokenKind.Integer, text[start.._pos], line, column);
        }

        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (char.IsAsciiDigit(c))
            {
                _pos++;
            }
            else if (c == '.' || c is 'e' or 'E')
            {
                isFloat = true;
                _pos++;
                if (c is 'e' or 'E' && _pos < text.Length && text[_pos] is '+' or '-')
                {
                    _pos++;
                }
            }
            else
            {
                break;
            }
        }

        return new ProtoToken(isFloat ? ProtoTokenKind.Float : ProtoTokenKind.Integer, text[start.._pos], line, column);
    }

    private string QuotedString(char quote)
    {
        var (line, column) = (_line, Column);
        var builder = new StringBuilder();
        _pos++;
        while (true)
        {
            if (_pos >= text.Length || text[_pos] == '\n')
            {
                throw new ProtoSchemaException("Unterminated string", line, column);
            }

            var c = text[_pos++];
            if (c == quote)
            {
                return builder.ToString();
            }

            if (c == '\\' && _pos < text.Length)
            {
                var escaped = text[_pos++];
                builder.Append(escaped switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    '0' => '\0',
                    _ => escaped,
                });
                continue;
            }

            builder.Append(c);
        }
    }

    private void SkipWhitespaceAndComments()
    {
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '/')
            {
                while (_pos < text.Length && text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*')
            {
                var (line, column) = (_line, Column);
                _pos += 2;
                while (_pos + 1 < text.Length && !(text[_pos] == '*' && text[_pos + 1] == '/'))
                {
                    if (text[_pos] == '\n')
                    {
                        _line++;
                        _lineStart = _pos + 1;
                    }

                    _pos++;
                }

                if (_pos + 1 >= text.Length)
                {
                    throw new ProtoSchemaException("Unterminated comment", line, column);
                }

                _pos += 2;
            }
            else
            {
                return;
            }
        }
    }
}
