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
    [InlineData("020 7946 0958")] // a trunk 0 before grouped digits, valid in the UK
    [InlineData("01 42 68 53 00")]
    [InlineData("03-1234-5678")]
    [InlineData("tel:+49-30-901820")]
    [InlineData("Tel. +44 20 7946 0958")]
    [InlineData("M: +44 20 7946 0958")]
    public void formatted_numbers_are_specific(string value) => PhoneDetector.Match(value).ShouldBe(ValueMatch.Specific);

    [Theory]
    [InlineData("4155550132")]
    [InlineData("138 0013 8000")]
    [InlineData("4915112345678")] // E.164 without the plus, as switches store it
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

    [Theory]
    [InlineData("+44 20 1234")] // too short for London
    [InlineData("+1 055 555 0132")] // NANP area codes never start with 0
    [InlineData("+999 1234 5678")] // no such country code
    public void international_numbers_that_libphonenumber_rejects_do_not_match(string value) =>
        PhoneDetector.Match(value).ShouldBe(ValueMatch.None);

    [Theory]
    [InlineData("+55 11 91234-5678")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("+7 495 123-45-67")]
    [InlineData("+61 2 9876 5432")]
    public void international_numbers_of_many_countries_are_specific(string value) =>
        PhoneDetector.Match(value).ShouldBe(ValueMatch.Specific);

    [Theory]
    [InlineData("0001234567")] // zero-padded order number
    [InlineData("000482913")]
    [InlineData("PN-4411-2093")] // part number
    [InlineData("12")]
    public void keys_and_part_numbers_contradict_a_phone_name(string value) =>
        new PhoneDetector().Contradicts(value).ShouldBeTrue();

    [Theory]
    [InlineData("+44 7700 900 123")]
    [InlineData("974421702")] // unpadded digits: perhaps a plan we do not know
    public void a_phone_shaped_number_that_no_plan_accepts_is_unrecognised_not_contrary(string value) =>
        new PhoneDetector().Contradicts(value).ShouldBeFalse();

    [Fact]
    public void grouped_numbers_under_a_key_name_count_only_with_a_country_code()
    {
        string?[] grouped = ["(415) 555-0132", "415-555-0198", "(212) 555-0100", "650-555-0123", "(303) 555-0111"];
        ColumnClassifier.Classify(new ColumnSample("part_no", "text", grouped)).ShouldBeEmpty();
        ColumnClassifier.Classify(new ColumnSample("c1", "text", grouped)).Select(c => c.Class).ShouldBe([PiiClasses.Phone]);

        string?[] international = ["+1 415 555 0132", "+44 20 7946 0958", "+49 30 901820", "+33 1 42 68 53 00", "+61 2 9876 5432"];
        ColumnClassifier.Classify(new ColumnSample("vendor_no", "text", international)).Select(c => c.Class).ShouldBe([PiiClasses.Phone]);
    }
}
