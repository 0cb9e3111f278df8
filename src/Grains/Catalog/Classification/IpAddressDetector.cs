namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// IPv4 and IPv6 addresses. "1.2.3.4" is a valid IPv4 literal and also a version number, so version and
/// build names suppress value-only evidence (see <see cref="LookAlikeNames"/>); CIDR blocks and
/// host:port pairs are not addresses.
/// </summary>
internal sealed class IpAddressDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "ip", "ipv4", "ipv6", "ip address", "ipaddr", "remote addr", "remote address", "remote ip",
            "client addr", "peer addr", "peer address", "src addr", "dst addr", "source addr",
            "destination addr", "inet", "optin ip", "confirm ip", "signup ip", "login ip", "last ip", "x forwarded for",
            "forwarded for", "ip adresse", "ip adres", "adres ip", "adresse ip", "direccion ip", "endereco ip",
            "indirizzo ip",
        ],
        weakPhrases: ["remote host", "client host"],
        modifiers:
        [
            "range", "ranges", "subnet", "cidr", "netmask", "block", "pool", "allocation", "whitelist",
            "allowlist", "denylist", "blacklist", "port", "protocol", "family", "rule", "rules", "filter",
        ]);

    public override string Class => PiiClasses.IpAddress;

    public override string RuleId => "ip_address";

    public override string ValueNoun => "IP addresses";

    public override double SpecificValueWeight => 0.95;

    public override double GenericValueWeight => 0.85;

    public override bool Accepts(DataTypeFamily family) =>
        family is DataTypeFamily.Text or DataTypeFamily.Network or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override string? ContradictsAsColumn(string[] values) => DottedQuadVersions.LookLikeVersions(values)
        ? "the dotted quads stay small the way version numbers do"
        : null;

    // IPv6 is specific; a dotted quad is generic because version strings share the shape. An endpoint
    // ("203.0.113.7:443", "[2001:db8::1]:8080") holds an address too.
    public override ValueMatch MatchValue(string value) => Match(value);

    internal static ValueMatch Match(ReadOnlySpan<char> value)
    {
        if (IpAddressParser.IsIPv4(value))
        {
            return ValueMatch.Generic;
        }

        if (IpAddressParser.IsIPv6(value))
        {
            return ValueMatch.Specific;
        }

        var colon = value.LastIndexOf(':');
        if (colon <= 0 || !IsPort(value[(colon + 1)..]))
        {
            return ValueMatch.None;
        }

        var host = value[..colon];
        if (host.Length > 2 && host[0] == '[' && host[^1] == ']')
        {
            return IpAddressParser.IsIPv6(host[1..^1]) ? ValueMatch.Specific : ValueMatch.None;
        }

        return IpAddressParser.IsIPv4(host) ? ValueMatch.Generic : ValueMatch.None;
    }

    private static bool IsPort(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= 5 && int.TryParse(text, out var port) && port is > 0 and <= 65535
        && char.IsAsciiDigit(text[0]);
}
