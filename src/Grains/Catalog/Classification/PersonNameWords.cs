using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Words that <see cref="PersonNameValue"/> reads around a name: titles and particles it skips, words
/// that make a value a company, a street or a place instead of a person.
/// </summary>
internal static class PersonNameWords
{
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "sr", "sra", "srta", "herr", "frau",
         "mme", "mlle", "m", "jr", "ii", "iii", "iv", "phd", "md", "dipl", "ing", "dott", "dra"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "di", "du", "la", "le", "y",
         "e", "bin", "binti", "ibn", "al", "el", "ten", "ter", "zu", "af", "av", "mac", "st"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> NotPeople = FrozenSet.ToFrozenSet(
        ["ltd", "inc", "llc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "plc",
         "corp", "corporation", "co", "company", "group", "holdings", "bank", "hotel", "restaurant", "cafe",
         "shop", "store", "university", "school", "hospital", "clinic", "street", "road", "avenue", "city",
         "county", "services", "solutions", "systems", "technologies", "international", "foundation",
         "association", "club", "church", "station", "airport", "center", "centre", "market", "mall", "the",
         "and", "of", "for", "limited", "partners", "consulting", "industries", "enterprises", "trust",
         // street words that are never people's names: "Oscar Track", "Jln. Miller", "Ofélia Avenida"
         "ave", "rd", "boulevard", "blvd", "parkway", "pkwy", "highway", "hwy", "terrace", "crescent",
         "alley", "plaza", "apt", "apartment", "suite", "floor", "rue", "via", "viale", "piazza", "calle",
         "avenida", "strasse", "straße", "str", "weg", "gasse", "platz", "allee", "straat", "laan", "plein",
         "gracht", "gatan", "vägen", "gata", "gade", "vej", "veien", "katu", "ul", "ulica", "aleja", "utca",
         "jalan", "jln", "jl", "intrarea", "aleea", "bulevardul", "strada", "rampa", "explanada", "travessa",
         "rua", "marginal", "praça", "track", "path", "meadow", "meadows", "glens", "roads", "streets",
         "avenues", "summit", "viaduct", "underpass", "causeway", "crossing", "junction", "junctions",
         "expressway", "freeway", "turnpike", "heights", "estates", "gardens", "mews", "cove", "creek",
         "canyon", "trail", "trails", "squares", "harbor", "harbour", "drive", "alameda", "callejón", "callejon",
         "camino", "carretera", "cuesta", "glorieta", "pasaje", "paseo", "ronda", "urbanización", "urbanizacion",
         "travesía", "travesia", "polígono", "poligono", "barrio", "escalinata", "caserío", "caserio", "gg"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PlaceStarts = FrozenSet.ToFrozenSet(
        ["san", "santa", "santo", "saint", "sankt", "new", "port", "fort", "mount", "lake", "los", "las", "rio",
         "bad", "north", "south", "east", "west", "upper", "lower", "great", "little", "isla", "cape", "puerto"],
        StringComparer.OrdinalIgnoreCase);
}
