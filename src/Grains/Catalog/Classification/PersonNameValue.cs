using System.Globalization;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Reads one value as a person's name (issue 20): "Given Family", "Family, Given", HL7 "FAMILY^GIVEN",
/// "Name &lt;addr@example.com&gt;", titles and particles ("Dr. Jan van der Berg"), and names in Han,
/// Kana or Hangul written without spaces. Specific when a word is a frequent given or family name;
/// generic when only the shape is a name's; contrary when the value is clearly something else (digits,
/// an address, a company).
/// </summary>
internal static class PersonNameValue
{
    private static readonly char[] WordSeparators = [' ', '\u3000', '·', '・'];

    public static ValueMatch Match(string value) => Read(value, out _);

    public static bool Contradicts(string value)
    {
        Read(value, out var contrary);
        return contrary;
    }

    private static ValueMatch Read(string value, out bool contrary)
    {
        contrary = false;
        var text = WithoutMailbox(value);
        if (text is null || text.Length is 0 or > 80 || HasNonNameCharacter(text))
        {
            contrary = true;
            return ValueMatch.None;
        }

        if (text.Contains('^', StringComparison.Ordinal))
        {
            return Parts(text.Split('^', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), hl7: true, ref contrary);
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            if (comma != text.LastIndexOf(',') || comma == 0 || comma == text.Length - 1)
            {
                return ValueMatch.None;
            }

            return Parts([text[..comma].Trim(), text[(comma + 1)..].Trim()], hl7: false, ref contrary);
        }

        var words = text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return Words(words, wholeValue: true, ref contrary);
    }

    // "Family, Given" and "FAMILY^GIVEN^MIDDLE": both sides name-shaped, one side a known name.
    private static ValueMatch Parts(string[] parts, bool hl7, ref bool contrary)
    {
        if (parts.Length is < 2 or > 5)
        {
            return ValueMatch.None;
        }

        var known = false;
        foreach (var part in parts)
        {
            var words = part.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 4 || Words(words, wholeValue: false, ref contrary) == ValueMatch.None)
            {
                return ValueMatch.None;
            }

            foreach (var word in words)
            {
                known |= NameFrequencies.IsGivenName(word) || NameFrequencies.IsFamilyName(word);
            }
        }

        return known || hl7 ? ValueMatch.Specific : ValueMatch.Generic;
    }

    // wholeValue is false for one side of "Family, Given", where a lone unknown word is expected.
    private static ValueMatch Words(string[] words, bool wholeValue, ref bool contrary)
    {
        var kept = 0;
        var known = false;
        var givenAlone = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEnd('.');
            if (word.Length == 0 || PersonNameWords.Titles.Contains(word))
            {
                continue;
            }

            if (PersonNameWords.NotPeople.Contains(word) || (i == 0 && words.Length > 1 && PersonNameWords.PlaceStarts.Contains(word)))
            {
                contrary = true;
                return ValueMatch.None;
            }

            if (PersonNameWords.Particles.Contains(word))
            {
                continue;
            }

            if (!IsNameWord(word))
            {
                return ValueMatch.None;
            }

            kept++;
            if (word.Length > 1 && NameFrequencies.IsEastAsianScript(word[0]))
            {
                // Korean names are written without spaces: several Hangul words are a phrase, not a name.
                var spacedHangul = words.Length > 1 && word[0] is >= '\uAC00' and <= '\uD7A3';
                known |= !spacedHangul && (NameFrequencies.IsUnspacedEastAsianName(word) || NameFrequencies.IsFamilyName(word));
                continue;
            }

            var given = word.Length >= 3 && NameFrequencies.IsGivenName(word);
            givenAlone |= given;
            known |= given || (word.Length >= 2 && NameFrequencies.IsFamilyName(word))
                || (words.Length > 1 && FamilyNameEndings.LooksLikeFamilyName(word));
        }

        if (kept is 0 or > 5)
        {
            return ValueMatch.None;
        }

        // A lone word is a name only when it is a frequent given name: "Black" and "Long" are family
        // names but more often colours and adjectives, and any other capitalised word is as likely a
        // city or a brand, so it says nothing either way.
        if (kept == 1 && wholeValue)
        {
            return givenAlone || (known && NameFrequencies.IsEastAsianScript(words[^1][0])) ? ValueMatch.Specific : ValueMatch.None;
        }

        return known ? ValueMatch.Specific : ValueMatch.Generic;
    }

    // Letters with inner apostrophes and hyphens, starting with a capital in scripts that have case
    // (Georgian Mkhedruli is lower case to Unicode, but Georgian names are not capitalised).
    private static bool IsNameWord(string word)
    {
        if (!char.IsLetter(word[0]) || (char.IsLower(word[0]) && word[0] is not (>= '\u10D0' and <= '\u10FF')))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-' or '.') && !IsMark(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool HasNonNameCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is '@' or '/' or '\\' or ':' or '_' or '=' or '#' or '%' or '&' or '+' or '|' or '<' or '>' or '(' or ')')
            {
                return true;
            }
        }

        return false;
    }

    // "Ann Lee <ann@example.com>" is read as "Ann Lee"; a bare "<...>" is not a name.
    private static string? WithoutMailbox(string value)
    {
        var open = value.IndexOf('<', StringComparison.Ordinal);
        if (open < 0 || value[^1] != '>')
        {
            return value.Trim();
        }

        return open == 0 ? null : value[..open].Trim().Trim('"', '\'').Trim();
    }
}
