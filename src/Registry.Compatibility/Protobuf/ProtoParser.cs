using System.Globalization;

namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// Recursive-descent parser for .proto text (proto2, proto3 and editions syntax), following the
/// Protocol Buffers language specification. It builds the tree only; <see cref="ProtoValidator"/>
/// applies the semantic rules.
/// </summary>
internal sealed partial class ProtoParser
{
    /// <summary>Largest field number (2^29 - 1), also what <c>max</c> means in a field range.</summary>
    public const int MaxFieldNumber = 536_870_911;

    private readonly List<ProtoToken> _tokens;
    private int _index;

    private ProtoParser(string text) => _tokens = new ProtoLexer(text).Tokenize();

    private ProtoToken Current => _tokens[_index];

    private ProtoToken Peek(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    public static ProtoFile Parse(string text) => new ProtoParser(text).ParseFile();

    private ProtoToken Advance()
    {
        var token = Current;
        if (token.Kind != ProtoTokenKind.End)
        {
            _index++;
        }

        return token;
    }

    private bool Accept(string symbol)
    {
        if (!Current.Is(symbol))
        {
            return false;
        }

        _index++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Error($"Expected \"{symbol}\" but found {Current}");
        }
    }

    private ProtoSchemaException Error(string message, ProtoToken? at = null)
    {
        var token = at ?? Current;
        return new ProtoSchemaException(message, token.Line, token.Column);
    }

    private string Identifier(string what)
    {
        if (Current.Kind != ProtoTokenKind.Identifier)
        {
            throw Error($"Expected {what} but found {Current}");
        }

        return Advance().Text;
    }

    /// <summary>A dotted name, optionally fully qualified with a leading dot.</summary>
    private string FullIdentifier(string what)
    {
        var prefix = Accept(".") ? "." : "";
        var name = Identifier(what);
        while (Current.Is(".") && Peek().Kind == ProtoTokenKind.Identifier)
        {
            Advance();
            name += "." + Advance().Text;
        }

        return prefix + name;
    }

    private string StringLiteral(string what)
    {
        if (Current.Kind != ProtoTokenKind.String)
        {
            throw Error($"Expected {what} (a string) but found {Current}");
        }

        var value = Advance().Text;
        while (Current.Kind == ProtoTokenKind.String)
        {
            value += Advance().Text;
        }

        return value;
    }

    private int IntegerLiteral(string what, bool allowNegative = false)
    {
        var negative = allowNegative && Accept("-");
        var token = Current;
        if (token.Kind != ProtoTokenKind.Integer)
        {
            throw Error($"Expected {what} (an integer) but found {token}");
        }

        Advance();
        var text = token.Text;
        long value;
        var parsed = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            : text.Length > 1 && text[0] == '0'
                ? TryParseOctal(text, out value)
                : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        value = negative ? -value : value;
        if (!parsed || value is > int.MaxValue or < int.MinValue)
        {
            throw Error($"Integer out of range: {(negative ? "-" : "")}{text}", token);
        }

        return (int)value;
    }

    private static bool TryParseOctal(string text, out long value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '7' || value > int.MaxValue)
            {
                return false;
            }

            value = (value * 8) + (c - '0');
        }

        return true;
    }
}
