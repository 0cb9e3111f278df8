using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Street suffixes of English-speaking countries (the USPS list and its British and Australian kin:
/// Meadow, Crossing, Heights, Cape ...). Many are ordinary words ("Spring", "Union", "Key"), so they
/// mark a street only in the English layout: a house number first, then a name, the suffix last
/// ("7360 Schuster Cape").
/// </summary>
internal static class EnglishStreetSuffixes
{
    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(
    [
        "alley", "annex", "arcade", "avenue", "ave", "bayou", "beach", "bend", "bluff", "bluffs", "bottom", "branch",
        "bridge", "brook", "brooks", "burg", "burgs", "bypass", "camp", "canyon", "cape", "causeway", "center",
        "centre", "centers", "circle", "circles", "cliff", "cliffs", "club", "common", "commons", "corner",
        "corners", "course", "court", "courts", "cove", "coves", "creek", "crescent", "crest", "crossing",
        "crossroad", "crossroads", "curve", "dale", "dam", "divide", "drive", "drives", "estate", "estates",
        "expressway", "extension", "extensions", "fall", "falls", "ferry", "field", "fields", "flat", "flats",
        "ford", "fords", "forest", "forge", "forges", "fork", "forks", "fort", "freeway", "garden", "gardens",
        "gateway", "glen", "glens", "green", "greens", "grove", "groves", "harbor", "harbors", "harbour", "haven",
        "heights", "highway", "hill", "hills", "hollow", "inlet", "island", "islands", "isle", "junction",
        "junctions", "key", "keys", "knoll", "knolls", "lake", "lakes", "land", "landing", "lane", "light",
        "lights", "loaf", "lock", "locks", "lodge", "loop", "mall", "manor", "manors", "meadow", "meadows",
        "mews", "mill", "mills", "mission", "motorway", "mount", "mountain", "mountains", "neck", "orchard",
        "oval", "overpass", "park", "parks", "parkway", "parkways", "pass", "passage", "path", "pike", "pine",
        "pines", "place", "plain", "plains", "plaza", "point", "points", "port", "ports", "prairie", "radial",
        "ramp", "ranch", "rapid", "rapids", "rest", "ridge", "ridges", "river", "road", "roads", "route", "row",
        "rue", "run", "shoal", "shoals", "shore", "shores", "skyway", "spring", "springs", "spur", "spurs",
        "square", "squares", "station", "stravenue", "stream", "street", "streets", "summit", "terrace",
        "throughway", "trace", "track", "trafficway", "trail", "trailer", "tunnel", "turnpike", "underpass",
        "union", "unions", "valley", "valleys", "via", "viaduct", "view", "views", "village", "villages", "ville",
        "vista", "walk", "walks", "wall", "way", "ways", "well", "wells", "close", "drove", "wynd", "parade",
        "esplanade", "promenade", "quay", "rise", "chase", "grange", "gate", "hill", "vale", "wharf", "yard",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>True for "7360 Schuster Cape" and "12B Larkspur Meadow": a number, one to four words, a suffix last.</summary>
    public static bool IsEnglishStreetLine(string[] words)
    {
        if (words.Length is < 3 or > 6 || !StartsWithDigitAndIsShort(words[0]) || !Suffixes.Contains(words[^1].TrimEnd('.')))
        {
            return false;
        }

        for (var i = 1; i < words.Length - 1; i++)
        {
            if (!char.IsLetter(words[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithDigitAndIsShort(string word) => word.Length <= 6 && char.IsAsciiDigit(word[0]);
}
