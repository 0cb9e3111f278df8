using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("jane@example.com")]
    [InlineData("jane.doe+newsletter@mail.example.co.uk")]
    [InlineData("J.DOE@EXAMPLE.ORG")]
    [InlineData("o'brien@uni-berlin.de")]
    [InlineData("user_1@sub.dept.example.net")]
    [InlineData("Jane Doe <jane@example.com>")]
    [InlineData("jürgen@example.de")]
    public void addresses_match(string value) => EmailDetector.IsEmail(value).ShouldBeTrue();

    [Theory]
    [InlineData("jane@localhost")]
    [InlineData("jane@@example.com")]
    [InlineData("@example.com")]
    [InlineData("jane.@example.com")]
    [InlineData("ja..ne@example.com")]
    [InlineData("jane@-example.com")]
    [InlineData("jane@example.c")]
    [InlineData("jane@example.123")]
    [InlineData("jane doe@example.com")]
    [InlineData("example.com")]
    [InlineData("write to jane@example.com")]
    public void non_addresses_do_not_match(string value) => EmailDetector.IsEmail(value).ShouldBeFalse();
}
