using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Given and family names frequent in many locales, in Latin transcription and in their own scripts
/// (issue 20). A hit says a word is commonly a person's name, not that it always is.
/// </summary>
internal static partial class NameFrequencies
{
    public static bool IsGivenName(string word) => Lookups.Given.Contains(Key(word)) || EachPartIn(Lookups.Given, word);

    public static bool IsFamilyName(string word) => Lookups.Family.Contains(Key(word)) || EachPartIn(Lookups.Family, word);

    /// <summary>
    /// A name written without spaces in Han or Hangul: two to four characters starting with a common
    /// family name (王伟, 欧阳娜娜, 김민준), or a Japanese family name followed by a given name (佐藤太郎).
    /// </summary>
    public static bool IsUnspacedEastAsianName(string word)
    {
        if (word.Length is < 2 or > 6 || PlaceEndings.Contains(word[^1], StringComparison.Ordinal))
        {
            return false;
        }

        if (IsHangul(word[0]))
        {
            return word.Length <= 3 && KoreanFamilySyllables.Contains(word[0], StringComparison.Ordinal) && AllHangul(word);
        }

        foreach (var family in JapaneseFamilyNames)
        {
            if (word.Length > family.Length && word.StartsWith(family, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return word.Length <= 4 && (ChineseFamilyChars.Contains(word[0], StringComparison.Ordinal) || Lookups.ChineseCompounds.Contains(word[..2]));
    }

    // City, district, county, province, town, village, road and street characters end place names, not people's.
    private const string PlaceEndings = "시구군동읍면도리로길市区區县縣省镇鎮乡鄉村町県都府道路街";

    public static bool IsEastAsianScript(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF' || IsHangul(c);

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool AllHangul(string word)
    {
        foreach (var c in word)
        {
            if (!IsHangul(c))
            {
                return false;
            }
        }

        return true;
    }

    // "Anna-Lena" and "García-Márquez": every hyphenated part a known name.
    private static bool EachPartIn(FrozenSet<string> names, string word)
    {
        if (!word.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!names.Contains(Key(part)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(string word) => Diacritics.Fold(word).Replace('’', '\'').ToLowerInvariant();

    private static FrozenSet<string> Keys(IEnumerable<string> names) =>
        FrozenSet.ToFrozenSet(names.Select(Key).Concat(names.Select(n => n.ToLowerInvariant())));

    // Built on first use, after the lists in the other parts of this class exist (their initialisation
    // order across files is not defined).
    private static class Lookups
    {
        public static readonly FrozenSet<string> Given = Keys([.. GivenNames, .. OtherScriptNames]);

        public static readonly FrozenSet<string> Family =
            Keys([.. FamilyNames, .. MoreFamilyNames, .. OtherScriptNames, .. JapaneseFamilyNames]);

        public static readonly FrozenSet<string> ChineseCompounds = FrozenSet.ToFrozenSet(ChineseCompoundFamilies);
    }
}
