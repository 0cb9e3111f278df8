namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// The layout of a phone-like value before libphonenumber sees it: digits, digit groups, separators,
/// and whether it is written internationally. Rejects what is clearly another number (dates, IPv4,
/// decimals, SSN layout) cheaply, so the validator runs only on candidates.
/// </summary>
internal readonly record struct PhoneShape(int Digits, int Groups, bool International, bool Parenthesised, bool Nanp, bool LeadingZero)
{
    /// <summary>The shape of <paramref name="value"/>, or null when its characters cannot make a phone number.</summary>
    public static PhoneShape? Of(ReadOnlySpan<char> value)
    {
        var international = value[0] == '+' || (value.StartsWith("00") && !value.StartsWith("000"));
        var start = value[0] == '+' ? 1 : 0;
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
                        return null;
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
                    return null;
            }
        }

        if (digits is < 7 or > 15 || parens is not (0 or 2) || LooksLikeOtherNumber(groupLengths[..groups], dots, international))
        {
            return null;
        }

        var nanp = groups == 3 && groupLengths[0] == 3 && groupLengths[1] == 3 && groupLengths[2] == 4;
        return new PhoneShape(digits, groups, international, parens == 2, nanp, value[start] == '0');
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
}
