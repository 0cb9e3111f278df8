using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Words that mark a street or a unit in addresses of many countries: whole words ("Street", "Rue",
/// "ul."), word endings of compound street names ("Hauptstraße", "Kerkstraat", "Storgatan",
/// "Mannerheimintie") and, for Han, Kana and Hangul, the characters that end a street or a block.
/// </summary>
internal static class StreetWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        // English
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
        "way", "court", "ct", "place", "pl", "square", "sq", "terrace", "tce", "parkway", "pkwy", "highway",
        "hwy", "circle", "cir", "crescent", "cres", "close", "row", "alley", "grove", "gardens", "mews",
        "walk", "hill", "trail", "trl", "pike", "plaza", "apt", "apartment", "suite", "ste", "unit", "flat",
        "floor", "fl", "box", "pobox", "po", "bldg", "building", "house", "cottage", "estate",
        // Romance languages
        "rue", "avenue", "bd", "allée", "allee", "impasse", "chemin", "quai", "cours", "route", "voie",
        "lieu-dit", "via", "viale", "piazza", "corso", "vicolo", "largo", "strada", "calle", "c", "avenida",
        "avda", "plaza", "paseo", "pº", "camino", "carretera", "ctra", "carrer", "rambla", "travesía", "rua",
        "travessa", "praça", "praca", "largo", "estrada", "rodovia", "alameda", "bloco", "piso", "andar",
        "apto", "esc", "nº", "n°", "no", "num", "bis",
        // Germanic, Nordic, Slavic, Baltic, Finnish, Turkish, Greek, South-East Asian
        "str", "strasse", "straße", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee",
        "straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "steeg", "hof", "vej", "gade", "allé",
        "gatan", "gata", "vägen", "vagen", "gate", "veien", "vei", "torget", "katu", "tie", "kuja", "polku",
        "ul", "ulica", "al", "aleja", "os", "osiedle", "pl", "plac", "ulice", "nám", "náměstí", "utca", "út",
        "tér", "ulitsa", "ул", "улица", "пр", "проспект", "пер", "переулок", "д", "дом", "кв", "cad",
        "cd", "caddesi", "sok", "sk", "sokak", "sokağı", "mah", "mahallesi", "οδός", "odos", "λεωφ", "jalan",
        "jl", "jln", "lorong", "soi", "thanon", "duong", "đường", "phố", "pho", "marg", "nagar", "chowk",
        "sector", "barangay", "brgy", "prospekt", "prospect", "pereulok", "naberezhnaya", "shosse", "rehov",
        "chome", "banchi", "lu", "jie", "dajie", "hutong", "nong", "шоссе", "набережная", "שדרות", "רחוב", "شارع",
        "ถนน", "ซอย", "मार्ग", "रोड", "οδος", "väg", "vag", "вул", "вулиця", "bulevardul", "intrarea", "aleea",
        "calea", "soseaua", "strada", "contrada", "trg", "prolaz", "iela", "gāte", "küç", "küçəsi", "prospekti",
        "خیابان", "کوچه", "بلوار", "پلاک",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Endings =
    [
        "straße", "strasse", "str.", "str", "weg", "gasse", "platz", "allee", "damm", "ring", "straat", "laan",
        "plein", "gracht", "kade", "singel", "dijk", "gatan", "vägen", "vagen", "gränd", "gata", "gade", "vej",
        "veien", "veg", "gate", "katu", "tie", "kuja", "utca", "caddesi", "sokak", "sokağı", "bulvarı",
    ];

    // Han/Kana: road, street, avenue, alley, lane, number, block (chōme), lot (banchi), district, ward.
    private const string EastAsianMarkers = "路街道巷弄号號丁目番地区區町村市県都府省";

    private const string HangulStreetEndings = "로길동구";

    public static bool IsStreetWord(ReadOnlySpan<char> word) => Lookup.Contains(word.TrimEnd('.'));

    public static bool EndsLikeStreet(ReadOnlySpan<char> word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static int EastAsianMarkerCount(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (EastAsianMarkers.Contains(c, StringComparison.Ordinal) || (HangulStreetEndings.Contains(c, StringComparison.Ordinal)))
            {
                count++;
            }
        }

        return count;
    }
}
