using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class IbanDetectorTests
{
    [Theory]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("DE89370400440532013000")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("ES91 2100 0418 4502 0005 1332")]
    [InlineData("IT60 X054 2811 1010 0000 0123 456")]
    [InlineData("PL61 1090 1014 0000 0712 1981 2874")]
    [InlineData("nl91 abna 0417 1643 00")]
    public void valid_ibans_match(string value) => IbanDetector.IsIban(value).ShouldBeTrue();

    [Theory]
    [InlineData("DE89 3704 0044 0532 0130 01")] // checksum
    [InlineData("DE8937040044053201300")] // German IBANs have 22 characters
    [InlineData("XX89370400440532013000")] // no such country
    [InlineData("GB82-WEST-1234-5698-7654-32")]
    [InlineData("DEUTDEFF")]
    [InlineData("12345678901234567890")]
    public void invalid_ibans_do_not_match(string value) => IbanDetector.IsIban(value).ShouldBeFalse();
}
