using System.Collections.Frozen;
using System.Text;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Folds accented Latin letters to their base letters ("teléfono" → "telefono", "Łódź" → "Lodz").
/// A table rather than Unicode decomposition, because the service runs with invariant globalization,
/// where <see cref="string.Normalize()"/> leaves accented letters as they are.
/// </summary>
internal static class Diacritics
{
    private static readonly FrozenDictionary<char, string> Folds = Build(
    [
        ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "C"), ("ďđð", "d"), ("ĎĐÐ", "D"),
        ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "G"), ("ĥħ", "h"), ("ĤĦ", "H"),
        ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "I"), ("ĵ", "j"), ("Ĵ", "J"), ("ķ", "k"), ("Ķ", "K"),
        ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "L"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "N"), ("òóôõöøōŏő", "o"),
        ("ÒÓÔÕÖØŌŎŐ", "O"), ("ŕŗř", "r"), ("ŔŖŘ", "R"), ("śŝşšș", "s"), ("ŚŜŞŠȘ", "S"), ("ţťŧț", "t"),
        ("ŢŤŦȚ", "T"), ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ŵ", "w"), ("Ŵ", "W"), ("ýÿŷ", "y"),
        ("ÝŸŶ", "Y"), ("źżž", "z"), ("ŹŻŽ", "Z"), ("ß", "ss"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"),
        ("Œ", "OE"), ("þ", "th"), ("Þ", "TH"),
    ]);

    public static string Fold(string text)
    {
        var plain = true;
        foreach (var c in text)
        {
            plain &= c < 128 || !Folds.ContainsKey(c);
        }

        if (plain)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (Folds.TryGetValue(c, out var folded))
            {
                sb.Append(folded);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static FrozenDictionary<char, string> Build((string Accented, string Base)[] groups)
    {
        var map = new Dictionary<char, string>();
        foreach (var (accented, plain) in groups)
        {
            foreach (var c in accented)
            {
                map[c] = plain;
            }
        }

        return map.ToFrozenDictionary();
    }
}
