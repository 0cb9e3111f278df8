using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class UsSsnDetectorTests
{
    [Theory]
    [InlineData("123-45-6789")]
    [InlineData("001-01-0001")]
    [InlineData("899-99-9999")]
    [InlineData("665-12-3456")]
    [InlineData("123 45 6789")]
    public void dashed_or_spaced_valid_numbers_are_specific(string value) =>
        UsSsnDetector.Match(value).ShouldBe(ValueMatch.Specific);

    [Fact]
    public void nine_bare_digits_are_generic() => UsSsnDetector.Match("123456789").ShouldBe(ValueMatch.Generic);

    [Theory]
    [InlineData("000-12-3456")] // area 000
    [InlineData("666-12-3456")] // area 666
    [InlineData("900-12-3456")] // area 9xx (ITINs live there)
    [InlineData("999-12-3456")]
    [InlineData("123-00-4567")] // group 00
    [InlineData("123-45-0000")] // serial 0000
    [InlineData("078-05-1120")] // voided Woolworth wallet card
    [InlineData("219-09-9999")] // voided advertisement number
    [InlineData("000123456")]
    public void never_issued_numbers_do_not_match(string value) => UsSsnDetector.Match(value).ShouldBe(ValueMatch.None);

    [Theory]
    [InlineData("12-3456789")] // EIN layout
    [InlineData("123-45-678")]
    [InlineData("123-45 6789")] // mixed separators
    [InlineData("1234567890")]
    [InlineData("abc-de-fghi")]
    public void other_layouts_do_not_match(string value) => UsSsnDetector.Match(value).ShouldBe(ValueMatch.None);
}
