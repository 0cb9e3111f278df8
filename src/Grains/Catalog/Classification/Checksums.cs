namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Check-digit algorithms shared by the detectors.</summary>
internal static class Checksums
{
    /// <summary>Luhn (ISO/IEC 7812-1 annex B) over a string of ASCII digits.</summary>
    public static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// ISO 13616 / ISO 7064 MOD 97-10 check of a compact, upper-case IBAN: the first four characters
    /// move to the end, letters become 10..35, and the number mod 97 must be 1. Computed piecewise so
    /// no big integer is needed.
    /// </summary>
    public static bool IsIbanMod97Valid(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5)
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (c is >= '0' and <= '9')
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
