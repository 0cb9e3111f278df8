namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Telephone numbers, national or international (E.164 allows at most 15 digits). A leading + or 00,
/// a parenthesised area code or NANP grouping is specific; a bare run of digits is only generic,
/// because ids and amounts look the same.
/// </summary>
internal sealed class PhoneDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "phone", "phones", "telephone", "tel", "msisdn", "fax", "mobile number", "mobile no", "mobile num",
            "mobile phone", "cell phone", "cell number", "cell no", "contact number", "contact no",
        ],
        weakPhrases: ["mobile", "cell", "whatsapp"],
        modifiers: ["ext", "extension", "area", "carrier", "model", "os", "app", "device", "plan", "minutes"]);

    public override string Class => PiiClasses.Phone;

    public override string RuleId => "phone";

    public override string ValueNoun => "phone numbers";

    public override double SpecificValueWeight => 0.8;

    public override double GenericValueWeight => 0.3;

    public override bool Accepts(DataTypeFamily family) =>
        family is DataTypeFamily.Text or DataTypeFamily.Number or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => Match(value);

    internal static ValueMatch Match(ReadOnlySpan<char> value)
    {
        value = WithoutExtension(value);
        if (value.IsEmpty)
        {
            return ValueMatch.None;
        }

        var international = value[0] == '+';
        var start = international ? 1 : 0;
        int digits = 0, groups = 0, dots = 0, parens = 0;
        var lastWasDigit = false;
        Span<int> groupLengths = stackalloc int[8];
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                if (!lastWasDigit)
                {
                    if (groups == groupLengths.Length)
                    {
                        return ValueMatch.None;
                    }

                    groups++;
                }

                groupLengths[groups - 1]++;
                digits++;
                lastWasDigit = true;
                continue;
            }

            lastWasDigit = false;
            switch (c)
            {
                case ' ' or '-' or '/':
                    break;
                case '.':
                    dots++;
                    break;
                case '(' or ')':
                    parens++;
                    break;
                default:
                    return ValueMatch.None;
            }
        }

        if (digits is < 7 or > 15 || parens is not (0 or 2) || LooksLikeOtherNumber(groupLengths[..groups], dots, international))
        {
            return ValueMatch.None;
        }

        if (international || (value.StartsWith("00") && digits >= 9) || parens == 2)
        {
            return ValueMatch.Specific;
        }

        // NANP: 3-3-4 with separators; other multi-group layouts are still phones, but less telling.
        if (groups == 3 && groupLengths[0] == 3 && groupLengths[1] == 3 && groupLengths[2] == 4)
        {
            return ValueMatch.Specific;
        }

        return groups == 1 && digits < 10 ? ValueMatch.None : ValueMatch.Generic;
    }

    // Dates (2024-01-31, 31.01.2024, 1/31/2024), IPv4 literals, decimals and SSN layouts are not phones.
    private static bool LooksLikeOtherNumber(ReadOnlySpan<int> groups, int dots, bool international)
    {
        if ((groups.Length == 2 && dots == 1) || (groups.Length == 4 && dots == 3))
        {
            return true;
        }

        if (groups.Length != 3 || international)
        {
            return false;
        }

        var (a, b, c) = (groups[0], groups[1], groups[2]);
        var isDate = b <= 2 && ((a == 4 && c <= 2) || (a <= 2 && c == 4));
        var isSsn = a == 3 && b == 2 && c == 4;
        return isDate || isSsn;
    }

    // "+1 415 555 0100 ext. 12", "555-0100 x12", "555-0100 #12".
    private static ReadOnlySpan<char> WithoutExtension(ReadOnlySpan<char> value)
    {
        var i = value.Length;
        while (i > 0 && char.IsAsciiDigit(value[i - 1]))
        {
            i--;
        }

        if (value.Length - i is 0 or > 6)
        {
            return value;
        }

        var head = value[..i].TrimEnd(" .:");
        if (head.EndsWith("extension", StringComparison.OrdinalIgnoreCase))
        {
            head = head[..^9];
        }
        else if (head.EndsWith("ext", StringComparison.OrdinalIgnoreCase))
        {
            head = head[..^3];
        }
        else if (head.Length > 0 && head[^1] is 'x' or 'X' or '#')
        {
            head = head[..^1];
        }
        else
        {
            return value;
        }

        return head.TrimEnd();
    }
}
