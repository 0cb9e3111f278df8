using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class IpAddressParserTests
{
    [Theory]
    [InlineData("192.168.1.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("010.001.002.003")]
    public void dotted_quads_are_ipv4(string value) => IpAddressParser.IsIPv4(value).ShouldBeTrue();

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1")]
    [InlineData("10.0.19041.1")]
    [InlineData("1.2.3.4/24")]
    [InlineData("1..2.3")]
    [InlineData("0x7f.0.0.1")]
    public void other_dotted_strings_are_not_ipv4(string value) => IpAddressParser.IsIPv4(value).ShouldBeFalse();

    [Theory]
    [InlineData("2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("2001:db8:85a3::8a2e:370:7334")]
    [InlineData("2001:db8::1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("1::")]
    [InlineData("1:2:3:4:5:6:7::")]
    [InlineData("::ffff:192.0.2.128")]
    [InlineData("64:ff9b::192.0.2.33")]
    [InlineData("fe80::1ff:fe23:4567:890a%eth0")]
    [InlineData("[2001:db8::1]")]
    [InlineData("FE80::0202:B3FF:FE1E:8329")]
    public void rfc4291_text_forms_are_ipv6(string value) => IpAddressParser.IsIPv6(value).ShouldBeTrue();

    [Theory]
    [InlineData("2001:db8::1::1")] // two "::"
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7")] // too few groups without "::"
    [InlineData("12345::1")]
    [InlineData("g::1")]
    [InlineData("00:1A:2B:3C:4D:5E")] // MAC address
    [InlineData("12:30:45")] // time of day
    [InlineData(":1:2:3:4:5:6:7")]
    [InlineData("::ffff:192.0.2")]
    [InlineData("fe80::1%")]
    public void malformed_forms_are_not_ipv6(string value) => IpAddressParser.IsIPv6(value).ShouldBeFalse();

    [Theory]
    [InlineData("203.0.113.7:443", "Generic")]
    [InlineData("[2001:db8::1]:8080", "Specific")]
    [InlineData("203.0.113.7:99999", "None")]
    [InlineData("example.com:443", "None")]
    public void endpoints_hold_addresses(string value, string expected) =>
        IpAddressDetector.Match(value).ToString().ShouldBe(expected);
}
