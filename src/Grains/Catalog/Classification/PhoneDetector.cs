namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Telephone numbers, validated by libphonenumber (<see cref="PhoneNumberValidator"/>): an international
/// number valid in its country, a parenthesised area code or NANP grouping is specific; another valid
/// national number is only generic, because ids and amounts look the same. Zero-padded keys, part
/// numbers and values with letters contradict a phone name.
/// </summary>
internal sealed class PhoneDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "phone", "phones", "telephone", "tel", "msisdn", "fax", "mobile number", "mobile no", "mobile num",
            "mobile", "mobile phone", "cell phone", "cell number", "cell no", "contact number", "contact no", "calling number",
            "called number", "caller number", "callee number", "calling party", "called party", "caller id",
            "a number", "b number",
            .. LocalisedPhrases.PhoneStrong,
        ],
        weakPhrases: ["cell", "whatsapp", .. LocalisedPhrases.PhoneWeak],
        modifiers:
        [
            "ext", "extension", "area", "carrier", "model", "os", "app", "device", "plan", "minutes", "share", "session",
            "sessions", "traffic", "users", "visits", "views", "friendly", "optimized", "responsive", "banking",
            "payment", "money", "data", "network", "operator", "browser", "platform", "web", "provider", "company",
            "cost", "charges", "bill", "band", "signal", "coverage",
        ]);

    public override string Class => PiiClasses.Phone;

    public override string RuleId => "phone";

    public override string ValueNoun => "phone numbers";

    public override double SpecificValueWeight => 0.8;

    public override double GenericValueWeight => 0.3;

    public override bool ClassifiesMixedColumns => true;

    public override bool Accepts(DataTypeFamily family) =>
        family is DataTypeFamily.Text or DataTypeFamily.Number or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => Match(value);

    // An order or part number can be grouped like a national phone number, but is never written with
    // a country code.
    public override bool HoldsUnderLookAlikeName(string value) => value.StartsWith('+') || value.StartsWith("00", StringComparison.Ordinal);

    public override bool Contradicts(string value) => IsClearlyNotPhone(WithoutExtension(WithoutLabel(value.AsSpan())));

    internal static ValueMatch Match(ReadOnlySpan<char> value)
    {
        value = WithoutExtension(WithoutLabel(value));
        if (value.IsEmpty || PhoneShape.Of(value) is not { } shape)
        {
            return ValueMatch.None;
        }

        if (shape.International)
        {
            var e164 = value[0] == '+' ? value.ToString() : string.Concat("+", value[2..]);
            return PhoneNumberValidator.IsValidInternational(e164) ? ValueMatch.Specific : ValueMatch.None;
        }

        // Switches and CDRs store E.164 without the plus ("4915112345678"): a bare run of 11 to 15 digits
        // that is a valid international number is a phone, though only generically (keys look the same).
        if (shape.Groups == 1 && shape.Digits >= 11 && !shape.LeadingZero
            && PhoneNumberValidator.IsValidInternational(string.Concat("+", value)))
        {
            return ValueMatch.Generic;
        }

        if ((shape.Groups == 1 && shape.Digits < 10) || !PhoneNumberValidator.IsValidNational(value.ToString()))
        {
            return ValueMatch.None;
        }

        // A parenthesised area code, NANP grouping or a trunk 0 before grouped digits ("030 1234567",
        // "06 12 34 56 78") is how people write phones; other valid national numbers are phones too, but
        // the same digits could be a key.
        return shape.Parenthesised || shape.Nanp || (shape.LeadingZero && shape.Groups >= 2) ? ValueMatch.Specific : ValueMatch.Generic;
    }

    // Letters, too few or too many digits, a date or address layout, or a zero-padded run of digits that
    // no numbering plan accepts (order numbers, vendor ids): something other than a phone. A bare run
    // without padding may be a number from a plan we do not know, so it is only unrecognised.
    private static bool IsClearlyNotPhone(ReadOnlySpan<char> value) =>
        value.IsEmpty || PhoneShape.Of(value) is null || (value.StartsWith("00") && !value.ContainsAnyExceptInRange('0', '9'));

    // "tel:+4930901820" (RFC 3966), "Tel. 030 901820", "M: +44 7911 123456": a label before the number.
    private static ReadOnlySpan<char> WithoutLabel(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOfAny(':', '.');
        if (colon is <= 0 or > 6 || !value[..colon].ContainsAnyExceptInRange('0', '9') || value[..colon].ContainsAnyInRange('0', '9'))
        {
            return value;
        }

        var label = value[..colon].Trim();
        return label.Equals("tel", StringComparison.OrdinalIgnoreCase) || label.Equals("phone", StringComparison.OrdinalIgnoreCase)
            || label.Equals("mob", StringComparison.OrdinalIgnoreCase) || label.Equals("fax", StringComparison.OrdinalIgnoreCase)
            || label.Equals("m", StringComparison.OrdinalIgnoreCase) || label.Equals("t", StringComparison.OrdinalIgnoreCase)
            || label.Equals("f", StringComparison.OrdinalIgnoreCase) || label.Equals("ph", StringComparison.OrdinalIgnoreCase)
            ? value[(colon + 1)..].Trim()
            : value;
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
