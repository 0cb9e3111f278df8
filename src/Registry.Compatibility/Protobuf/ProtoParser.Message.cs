namespace DataSpine.Registry.Compatibility.Protobuf;

internal sealed partial class ProtoParser
{
    private readonly ProtoFile _nestedExtensions = new();

    private const int MaxNesting = 64;

    private int _nesting;

    private ProtoMessage ParseMessage(string name)
    {
        if (++_nesting > MaxNesting)
        {
            throw Error($"Messages are nested more than {MaxNesting} levels deep");
        }

        try
        {
            return ParseMessageBody(name);
        }
        finally
        {
            _nesting--;
        }
    }

    private ProtoMessage ParseMessageBody(string name)
    {
        var message = new ProtoMessage(name);
        Expect("{");
        while (!Accept("}"))
        {
            var token = Current;
            if (token.Kind == ProtoTokenKind.End)
            {
                throw Error($"Reached end of input in message definition {name} (missing '}}')");
            }

            if (Accept(";"))
            {
                continue;
            }

            if (IsDefinition(token))
            {
                ParseDefinition(token, message.NestedTypes, _nestedExtensions, "message");
            }
            else if (token.Is("option") && !Peek().Is("="))
            {
                message.Options.Add(ParseOptionStatement());
            }
            else if (token.Is("oneof") && Peek().Kind == ProtoTokenKind.Identifier && Peek(2).Is("{"))
            {
                Advance();
                message.OneOfs.Add(ParseOneOf(message));
            }
            else if (token.Is("reserved") && !Peek().Is("="))
            {
                Advance();
                message.Reserved.Add(ParseRanges(MaxFieldNumber, allowNames: true));
            }
            else if (token.Is("extensions") && Peek().Kind == ProtoTokenKind.Integer)
            {
                Advance();
                message.Extensions.Add(ParseRanges(MaxFieldNumber, allowNames: false));
            }
            else
            {
                ParseField(message, inOneOf: false);
            }
        }

        return message;
    }

    private bool IsDefinition(ProtoToken token)
    {
        if (token.Is("message") || token.Is("enum"))
        {
            return Peek().Kind == ProtoTokenKind.Identifier && Peek(2).Is("{");
        }

        return token.Is("extend") && (Peek().Kind == ProtoTokenKind.Identifier || Peek().Is("."));
    }

    private ProtoOneOf ParseOneOf(ProtoMessage message)
    {
        var name = Identifier("a oneof name");
        var holder = new ProtoMessage(name);
        var options = new List<ProtoOption>();
        Expect("{");
        while (!Accept("}"))
        {
            if (Current.Kind == ProtoTokenKind.End)
            {
                throw Error($"Reached end of input in oneof {name}");
            }

            if (Accept(";"))
            {
                continue;
            }

            if (Current.Is("option") && !Peek().Is("="))
            {
                options.Add(ParseOptionStatement());
            }
            else
            {
                ParseField(holder, inOneOf: true, nestedTypes: message.NestedTypes);
            }
        }

        return new ProtoOneOf(name, holder.Fields, options);
    }

    private void ParseField(ProtoMessage message, bool inOneOf, List<ProtoTypeElement>? nestedTypes = null)
    {
        var start = Current;
        var label = start.Kind != ProtoTokenKind.Identifier || Peek().Is("=")
            ? ProtoLabel.None
            : start.Text switch
            {
                "optional" => ProtoLabel.Optional,
                "required" => ProtoLabel.Required,
                "repeated" => ProtoLabel.Repeated,
                _ => ProtoLabel.None,
            };
        if (label != ProtoLabel.None)
        {
            if (inOneOf)
            {
                throw Error("Fields in oneofs must not have labels (required / optional / repeated)");
            }

            Advance();
        }

        if (Current.Is("group") && Peek().Kind == ProtoTokenKind.Identifier && char.IsAsciiLetterUpper(Peek().Text[0]))
        {
            ParseGroup(message, label, nestedTypes ?? message.NestedTypes);
            return;
        }

        string type;
        string? key = null;
        string? value = null;
        if (Current.Is("map") && Peek().Is("<"))
        {
            Advance();
            Advance();
            key = FullIdentifier("a map key type");
            Expect(",");
            value = FullIdentifier("a map value type");
            Expect(">");
            type = $"map<{key}, {value}>";
        }
        else
        {
            type = FullIdentifier("a field type");
        }

        var name = Identifier("a field name");
        Expect("=");
        var number = IntegerLiteral("a field number");
        var options = ParseFieldOptions();
        Expect(";");
        message.Fields.Add(new ProtoField(label, type, name, number, options) { MapKey = key, MapValue = value, Line = start.Line, Column = start.Column });
    }

    private void ParseGroup(ProtoMessage message, ProtoLabel label, List<ProtoTypeElement> nestedTypes)
    {
        var start = Advance();
        var groupName = Identifier("a group name");
        Expect("=");
        var number = IntegerLiteral("a field number");
        var options = ParseFieldOptions();
        var group = ParseMessage(groupName);
        nestedTypes.Add(group);
        message.Fields.Add(new ProtoField(label, groupName, groupName.ToLowerInvariant(), number, options) { IsGroup = true, Line = start.Line, Column = start.Column });
    }

    private List<ProtoOption> ParseFieldOptions()
    {
        var options = new List<ProtoOption>();
        if (!Accept("["))
        {
            return options;
        }

        do
        {
            var name = ParseOptionName();
            Expect("=");
            options.Add(new ProtoOption(name, ParseOptionValue()));
        }
        while (Accept(","));
        Expect("]");
        return options;
    }

    private ProtoReserved ParseRanges(int max, bool allowNames)
    {
        var ranges = new List<(int, int)>();
        var names = new List<string>();
        do
        {
            if (allowNames && Current.Kind == ProtoTokenKind.String)
            {
                names.Add(StringLiteral("a reserved name"));
            }
            else if (allowNames && Current.Kind == ProtoTokenKind.Identifier)
            {
                names.Add(Advance().Text);
            }
            else
            {
                var from = IntegerLiteral("a number", allowNegative: max == int.MaxValue);
                var to = from;
                if (Accept("to"))
                {
                    to = Accept("max") ? max : IntegerLiteral("a number", allowNegative: max == int.MaxValue);
                }

                if (to < from)
                {
                    throw Error($"Reserved range {from} to {to} ends before it starts");
                }

                ranges.Add((from, to));
            }
        }
        while (Accept(","));
        if (Current.Is("["))
        {
            ParseFieldOptions();
        }

        Expect(";");
        return new ProtoReserved(ranges, names);
    }
}
