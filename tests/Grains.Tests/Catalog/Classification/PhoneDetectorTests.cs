using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class PhoneDetectorTests
{
    [Theory]
    [InlineData("+1 415 555 0132")]
    [InlineData("+14155550132")]
    [InlineData("(415) 555-0132")]
    [InlineData("415-555-0132")]
    [InlineData("415.555.0132")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+49 (0)30 901820")]
    [InlineData("0049 30 12345678")]
    [InlineData("+81 3-1234-5678")]
    [InlineData("(415) 555-0132 x123")]
    [InlineData("+1 415 555 0132 ext. 12")]
    public void formatted_numbers_are_specific(string value) => PhoneDetector.Match(value).ShouldBe(ValueMatch.Specific);

    [Theory]
    [InlineData("020 7946 0958")]
    [InlineData("01 42 68 53 00")]
    [InlineData("4155550132")]
    [InlineData("555-0132")]
    public void national_or_bare_numbers_are_generic(string value) => PhoneDetector.Match(value).ShouldBe(ValueMatch.Generic);

    [Theory]
    [InlineData("415")] // three-digit code
    [InlineData("2024-01-31")] // date
    [InlineData("31.01.2024")]
    [InlineData("01/31/2024")]
    [InlineData("192.168.10.20")] // IPv4
    [InlineData("12345.67")] // decimal amount
    [InlineData("123-45-6789")] // SSN layout
    [InlineData("1234567812345678")] // 16 digits, beyond E.164
    [InlineData("+1 415 555 CALL")]
    [InlineData("1234567")]
    public void other_digit_strings_do_not_match(string value) => PhoneDetector.Match(value).ShouldBe(ValueMatch.None);
}
