namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Issuer identification ranges and the lengths each network issues (ISO/IEC 7812; networks' published
/// BIN ranges). A Luhn-valid number outside these is more likely an id or an amount.
/// </summary>
internal static class CardIssuers
{
    /// <summary>True when the digits start with a known network prefix and have one of its lengths.</summary>
    public static bool IsKnown(ReadOnlySpan<char> digits, out bool major)
    {
        major = false;
        var length = digits.Length;
        var p1 = digits[0] - '0';
        var p2 = Prefix(digits, 2);
        var p3 = Prefix(digits, 3);
        var p4 = Prefix(digits, 4);
        var p6 = Prefix(digits, 6);

        // Visa, Mastercard, American Express and Discover are what "major" means for value-only evidence.
        if (p1 == 4 && length is 13 or 16 or 19)
        {
            return major = true;
        }

        if (((p2 is >= 51 and <= 55) || (p4 is >= 2221 and <= 2720)) && length == 16)
        {
            return major = true;
        }

        if (p2 is 34 or 37 && length == 15)
        {
            return major = true;
        }

        if ((p4 == 6011 || p2 == 65 || p3 is >= 644 and <= 649) && length is >= 16 and <= 19)
        {
            return major = true;
        }

        return (p4 is >= 3528 and <= 3589 && length is >= 16 and <= 19) // JCB
            || ((p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && length is >= 14 and <= 19) // Diners Club
            || (p2 == 62 && length is >= 16 and <= 19) // UnionPay
            || (p4 is >= 2200 and <= 2204 && length is >= 16 and <= 19) // Mir
            || ((p2 is 50 or (>= 56 and <= 69) || p6 is >= 639000 and <= 639999) && length is >= 12 and <= 19); // Maestro
    }

    private static int Prefix(ReadOnlySpan<char> digits, int count)
    {
        var value = 0;
        for (var i = 0; i < count && i < digits.Length; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return value;
    }
}
