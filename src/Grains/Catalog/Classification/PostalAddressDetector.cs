namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Street addresses (a line with a house number and a street word, or a full mailing address) of many
/// countries (<see cref="StreetAddressValue"/>). City, state, country and postal code columns alone are
/// not addresses, and neither are email, IP, MAC, web or wallet "addresses".
/// </summary>
internal sealed class PostalAddressDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "address", "addresses", "addr", "street", "street address", "address line", "addressline",
            "mailing address", "postal address", "home address", "billing address", "shipping address",
            "delivery address", "residential address", "residence address", "domicile", "anschrift", "strasse", .. LocalisedPhrases.AddressStrong,
        ],
        weakPhrases: [],
        modifiers:
        [
            "email", "mail", "ip", "ipv4", "ipv6", "mac", "wallet", "web", "url", "uri", "server", "host",
            "remote", "peer", "src", "dst", "memory", "mem", "contract", "bitcoin", "btc", "eth", "crypto",
            "link", "zip", "postcode", "postal", "geocode", "verification", "bluetooth", "hardware", "network",
            "local", "broadcast", "gateway", "return", "reply", "forwarding", "destination", "client", "inet",
            "from", "to", "cc", "bcc", "sender", "eml", "smtp", "mailbox", "phone", "tel", "fax", "mobile",
            "upstream", "downstream", "proxy", "backend", "listen", "bind", "socket", "endpoint", "node", "cluster",
        ]);

    public override string Class => PiiClasses.PostalAddress;

    public override string RuleId => "postal_address";

    public override string ValueNoun => "street addresses";

    public override double SpecificValueWeight => 0.75;

    public override bool Accepts(DataTypeFamily family) => family is DataTypeFamily.Text or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => StreetAddressValue.IsAddress(value) ? ValueMatch.Specific : ValueMatch.None;

    // An address the detector cannot read (an unfamiliar country's layout, a building name) is not
    // evidence against the column name; an e-mail, URL or IP address is.
    public override bool Contradicts(string value) => StreetAddressValue.IsClearlyOther(value);

    internal static bool IsStreetAddress(string value) => StreetAddressValue.IsAddress(value);
}
