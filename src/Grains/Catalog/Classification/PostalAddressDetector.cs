using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Street addresses (a line with a house number and a street word, or a full mailing address). City,
/// state, country and postal code columns alone are not addresses, and neither are email, IP, MAC,
/// web or wallet "addresses".
/// </summary>
internal sealed class PostalAddressDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "address", "addresses", "addr", "street", "street address", "address line", "addressline",
            "mailing address", "postal address", "home address", "billing address", "shipping address",
            "delivery address", "residential address", "anschrift", "strasse", .. LocalisedPhrases.AddressStrong,
        ],
        weakPhrases: [],
        modifiers:
        [
            "email", "mail", "ip", "ipv4", "ipv6", "mac", "wallet", "web", "url", "uri", "server", "host",
            "remote", "peer", "src", "dst", "memory", "mem", "contract", "bitcoin", "btc", "eth", "crypto",
            "link", "zip", "postcode", "postal", "geocode", "verification", "bluetooth", "hardware", "network",
            "local", "broadcast", "gateway", "return", "reply", "forwarding", "destination", "client", "inet",
            "from", "to", "cc", "bcc", "sender", "eml", "smtp", "mailbox",
        ]);

    private static readonly FrozenSet<string> StreetWords = FrozenSet.ToFrozenSet(
    [
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
        "way", "court", "ct", "place", "pl", "square", "sq", "terrace", "parkway", "pkwy", "highway", "hwy",
        "circle", "cir", "crescent", "close", "row", "alley", "rue", "via", "calle", "avenida", "strasse",
        "straße", "str", "weg", "gasse", "platz", "allee", "apt", "apartment", "suite", "ste", "unit", "flat",
        "floor", "box", "pobox", "plaza", "piazza", "viale", "chemin", "quai", "laan", "straat", "gracht",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetLookup =
        StreetWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] StreetSuffixes = ["straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "straat", "laan"];

    public override string Class => PiiClasses.PostalAddress;

    public override string RuleId => "postal_address";

    public override string ValueNoun => "street addresses";

    public override double SpecificValueWeight => 0.75;

    public override bool Accepts(DataTypeFamily family) => family is DataTypeFamily.Text or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => IsStreetAddress(value) ? ValueMatch.Specific : ValueMatch.None;

    // A number and a street word ("221B Baker Street", "Hauptstraße 5", "Apt 4B").
    internal static bool IsStreetAddress(ReadOnlySpan<char> value)
    {
        if (value.Length is < 5 or > 200 || value.IndexOfAnyInRange('0', '9') < 0 || value.Contains('@'))
        {
            return false;
        }

        foreach (var range in value.SplitAny(' ', ',', '\n'))
        {
            var word = value[range].TrimEnd('.');
            if (word.IsEmpty)
            {
                continue;
            }

            if (StreetLookup.Contains(word))
            {
                return true;
            }

            foreach (var suffix in StreetSuffixes)
            {
                if (word.Length > suffix.Length && value[range].EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
