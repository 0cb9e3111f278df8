namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Postcode shapes of many countries, checked on one word or a pair of words: 5 digits (US, DE, FR,
/// ES, IT), 4 digits (AT, CH, BE, DK, NO, AU), NL "1012 AB", PL "00-950", SE/CZ "114 55", JP "100-0005",
/// BR "01310-100", UK "SW1A 1AA" and CA "M5V 2T6". Alone a postcode is not an address (zip columns are
/// look-alikes); it helps only beside a street or house number.
/// </summary>
internal static class PostcodeShapes
{
    public static bool IsPostcode(ReadOnlySpan<char> word)
    {
        return word.Length switch
        {
            4 or 5 => AllDigits(word),
            6 => (AllDigits(word[..2]) && word[2] == '-' && AllDigits(word[3..])) || IsCanadianHalfPair(word),
            8 => AllDigits(word[..3]) && word[3] == '-' && AllDigits(word[4..]),
            9 => AllDigits(word[..5]) && word[5] == '-' && AllDigits(word[6..]),
            _ => false,
        };
    }

    /// <summary>Two-word postcodes: "1012 AB" (NL), "114 55" (SE, CZ), "SW1A 1AA" (UK), "M5V 2T6" (CA).</summary>
    public static bool IsPostcodePair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length == 4 && AllDigits(first) && second.Length == 2 && char.IsAsciiLetterUpper(second[0]) && char.IsAsciiLetterUpper(second[1]))
        {
            return true;
        }

        if (first.Length == 3 && AllDigits(first) && second.Length == 2 && AllDigits(second))
        {
            return true;
        }

        if (second.Length == 3 && char.IsAsciiDigit(second[0]) && char.IsAsciiLetterUpper(second[1]) && char.IsAsciiLetterUpper(second[2]))
        {
            return first.Length is >= 2 and <= 4 && char.IsAsciiLetterUpper(first[0]) && first.IndexOfAnyInRange('0', '9') > 0;
        }

        return first.Length == 3 && second.Length == 3 && IsCanadianHalf(first, letterFirst: true) && IsCanadianHalf(second, letterFirst: false);
    }

    private static bool IsCanadianHalfPair(ReadOnlySpan<char> word) =>
        IsCanadianHalf(word[..3], letterFirst: true) && IsCanadianHalf(word[3..], letterFirst: false);

    private static bool IsCanadianHalf(ReadOnlySpan<char> half, bool letterFirst) => letterFirst
        ? char.IsAsciiLetterUpper(half[0]) && char.IsAsciiDigit(half[1]) && char.IsAsciiLetterUpper(half[2])
        : char.IsAsciiDigit(half[0]) && char.IsAsciiLetterUpper(half[1]) && char.IsAsciiDigit(half[2]);

    private static bool AllDigits(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExceptInRange('0', '9');
}
