namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Reads one value as a postal address of any of many countries (issue 20): a street word or street
/// ending with a house number or postcode ("221B Baker Street", "Hauptstraße 5, 10115 Berlin",
/// "ul. Marszałkowska 10", "Storgatan 12", "1-2-3 Marunouchi, Chiyoda-ku"), a house number with a
/// postcode on a multi-part line ("12 Kingsway, London WC2B 6NH"), or Han/Kana/Hangul addresses with
/// their road, block and district characters and a number.
/// </summary>
internal static class StreetAddressValue
{
    private static readonly char[] Separators = [' ', ',', '\n', '\r', ';', '\t'];

    private static readonly char[] PartSeparators = [',', '\n', '\r', ';'];

    private static readonly string[] JapaneseWardEndings = ["-ku", "-shi", "-cho", "-machi", "-gun", "-ken"];

    public static bool IsAddress(string value)
    {
        if (value.Length is < 5 or > 300 || value.IndexOfAnyInRange('0', '9') < 0 || IsClearlyOther(value))
        {
            return false;
        }

        if (StreetWords.EastAsianMarkerCount(value) >= 2)
        {
            return true;
        }

        var parts = value.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var firstLine = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (EnglishStreetSuffixes.IsEnglishStreetLine(firstLine) || (parts.Length >= 2 && IsNumberedStreetLine(firstLine, parts)))
        {
            return true;
        }

        var words = value.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        bool street = false, postcode = false;
        int numbers = 0, lettered = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].AsSpan().Trim("#.:");
            if (word.IsEmpty)
            {
                continue;
            }

            if (word.IndexOfAnyInRange('0', '9') < 0)
            {
                lettered++;
                street |= StreetWords.IsStreetWord(word) || StreetWords.EndsLikeStreet(word) || IsJapaneseWard(word);
                continue;
            }

            if (i + 1 < words.Length && PostcodeShapes.IsPostcodePair(word, words[i + 1].AsSpan().Trim(".")))
            {
                postcode = true;
                i++;
            }
            else if (PostcodeShapes.IsPostcode(word) && numbers > 0)
            {
                postcode = true;
            }
            else if (IsHouseNumber(word))
            {
                numbers++;
            }

            // "Hauptstr.5" and "Storgatan12": a street word fused with its number.
            if (StreetWords.EndsLikeStreet(word.TrimEnd("0123456789")))
            {
                (street, lettered, numbers) = (true, lettered + 1, numbers + 1);
            }
        }

        return lettered > 0 && ((street && (numbers > 0 || postcode)) || (postcode && numbers > 0 && lettered >= 2));
    }

    // "Hassans Väg 832, Lyckstad" or "7360 Schuster Cape, Wiegandton": a first line of a house number and
    // two to four capitalised words, followed by a locality line without digits or with a postcode.
    private static bool IsNumberedStreetLine(string[] line, string[] parts)
    {
        if (line.Length is < 3 or > 6)
        {
            return false;
        }

        var numberFirst = IsHouseNumber(line[0]) && char.IsAsciiDigit(line[0][0]);
        var numberLast = IsHouseNumber(line[^1]) && char.IsAsciiDigit(line[^1][0]);
        if (numberFirst == numberLast)
        {
            return false;
        }

        var (from, to) = numberFirst ? (1, line.Length) : (0, line.Length - 1);
        for (var i = from; i < to; i++)
        {
            if (!char.IsUpper(line[i][0]) || line[i].AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                return false;
            }
        }

        var locality = parts[1];
        return (locality.Length > 2 && char.IsLetter(locality[0])) || PostcodeShapes.IsPostcode(locality.Split(' ')[0]);
    }

    /// <summary>E-mail, web, IP and host:port addresses, and values without a letter, are not postal addresses.</summary>
    public static bool IsClearlyOther(string value) =>
        value.Contains('@', StringComparison.Ordinal) || value.Contains("://", StringComparison.Ordinal)
        || (value.Contains(':', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal))
        || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || value.StartsWith("0x", StringComparison.Ordinal)
        || IpAddressParser.IsIPv4(value) || IpAddressParser.IsIPv6(value) || !HasLetter(value);

    // "12", "221B", "12-14", "4/2", "1-2-3", "No.5", "nº12".
    private static bool IsHouseNumber(ReadOnlySpan<char> word)
    {
        if (word.Length > 10 || !char.IsAsciiDigit(word[0]) && !char.IsLetter(word[0]))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!char.IsLetter(c) && c is not ('-' or '/' or 'º' or '°'))
            {
                return false;
            }
        }

        return digits is > 0 and <= 6;
    }

    private static bool IsJapaneseWard(ReadOnlySpan<char> word)
    {
        foreach (var ending in JapaneseWardEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(string value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
