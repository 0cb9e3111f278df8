namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Word endings that mark a family name in many languages, for names no frequency list holds:
/// Slavic -ov/-ova/-enko/-ski/-ska/-wicz (and their Cyrillic forms, patronymics -ovich/-ovna), Greek
/// -opoulos/-idis/-akis, Armenian -yan, Georgian -shvili/-dze, Nordic -sson/-dóttir/-sen, Spanish -ez,
/// Irish O'/Mc/Mac, in Latin and in Cyrillic, Greek and Georgian script. Only used on words of five or
/// more letters inside a person-shaped value of two or more words.
/// </summary>
internal static class FamilyNameEndings
{
    private static readonly string[] Endings =
    [
        "ov", "ova", "ev", "eva", "enko", "chenko", "chuk", "ski", "ska", "sky", "skaya", "cki", "cka", "wicz",
        "owicz", "ewicz", "ovich", "evich", "ovna", "evna", "opoulos", "opoulou", "idis", "akis", "iadis", "ou",
        "yan", "ian", "shvili", "dze", "sson", "ssen", "dottir", "dóttir", "sen", "son", "ez", "és", "escu",
        "oglu", "oğlu", "ović", "ovic", "ević", "evic", "ич", "ов", "ова", "ев", "ева", "ин", "ина", "ский",
        "ская", "енко", "ович", "евич", "овна", "евна", "ична", "чук", "щук", "ський", "ська", "ук", "ίδης", "ιδης",
        "άκης", "ακης", "όπουλος", "οπουλος", "οπούλου", "ίου", "ιου", "άτος", "ένης", "შვილი", "ძე", "ია", "ავა",
        "ური", "ян", "янц",
    ];

    private static readonly string[] Prefixes = ["o'", "o’", "mc", "mac", "fitz", "van ", "de "];

    public static bool LooksLikeFamilyName(string word)
    {
        if (word.Length < 5)
        {
            return false;
        }

        foreach (var prefix in Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && word.Length > prefix.Length + 2
                && char.IsUpper(word[prefix.Length]))
            {
                return true;
            }
        }

        foreach (var ending in Endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
