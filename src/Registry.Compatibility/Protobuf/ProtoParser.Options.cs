using System.Text;

namespace DataSpine.Registry.Compatibility.Protobuf;

internal sealed partial class ProtoParser
{
    private ProtoOption ParseOptionStatement()
    {
        Expect("option");
        var name = ParseOptionName();
        Expect("=");
        var value = ParseOptionValue();
        Expect(";");
        return new ProtoOption(name, value);
    }

    /// <summary><c>ident(.ident)*</c> or <c>(full.ident)(.ident)*</c>.</summary>
    private string ParseOptionName()
    {
        var builder = new StringBuilder();
        do
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            if (Accept("("))
            {
                builder.Append('(').Append(FullIdentifier("an extension name")).Append(')');
                Expect(")");
            }
            else
            {
                builder.Append(Identifier("an option name"));
            }
        }
        while (Accept("."));
        return builder.ToString();
    }

    /// <summary>A constant; an aggregate (text format) value is kept as normalized text.</summary>
    private string ParseOptionValue()
    {
        if (Current.Kind == ProtoTokenKind.String)
        {
            return Quote(StringLiteral("an option value"));
        }

        if (Current.Is("{"))
        {
            return ParseAggregate();
        }

        var sign = Accept("-") ? "-" : Accept("+") ? "" : "";
        if (Current.Kind is ProtoTokenKind.Integer or ProtoTokenKind.Float)
        {
            return sign + Advance().Text;
        }

        return sign + FullIdentifier("an option value");
    }

    private string ParseAggregate()
    {
        var parts = new List<string>();
        var depth = 0;
        do
        {
            var token = Advance();
            switch (token.Kind)
            {
                case ProtoTokenKind.End:
                    throw Error("Unterminated aggregate option value");
                case ProtoTokenKind.String:
                    parts.Add(Quote(token.Text));
                    break;
                default:
                    parts.Add(token.Text);
                    break;
            }

            depth += token.Is("{") ? 1 : token.Is("}") ? -1 : 0;
        }
        while (depth > 0);
        return string.Join(" ", parts);
    }

    internal static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
