namespace DataSpine.Registry.Compatibility.Protobuf;

internal sealed partial class ProtoParser
{
    private ProtoEnum ParseEnum(string name)
    {
        var type = new ProtoEnum(name);
        Expect("{");
        while (!Accept("}"))
        {
            if (Current.Kind == ProtoTokenKind.End)
            {
                throw Error($"Reached end of input in enum definition {name} (missing '}}')");
            }

            if (Accept(";"))
            {
                continue;
            }

            if (Current.Is("option") && !Peek().Is("="))
            {
                type.Options.Add(ParseOptionStatement());
            }
            else if (Current.Is("reserved") && !Peek().Is("="))
            {
                Advance();
                type.Reserved.Add(ParseRanges(int.MaxValue, allowNames: true));
            }
            else
            {
                var valueName = Identifier("an enum value name");
                Expect("=");
                var number = IntegerLiteral("an enum value number", allowNegative: true);
                var options = ParseFieldOptions();
                Expect(";");
                type.Values.Add(new ProtoEnumValue(valueName, number, options));
            }
        }

        return type;
    }
}
