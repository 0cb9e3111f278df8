using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class CreditCardDetectorTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("5555555555554444")]
    [InlineData("2223003122003222")]
    [InlineData("3782 822463 10005")]
    [InlineData("6011000990139424")]
    [InlineData("4222222222222")]
    public void major_networks_with_valid_luhn_are_specific(string value) =>
        CreditCardDetector.Match(value).ShouldBe(ValueMatch.Specific);

    [Theory]
    [InlineData("3566002020360505")] // JCB
    [InlineData("30569309025904")] // Diners Club
    [InlineData("6759649826438453")] // Maestro
    public void other_networks_are_generic(string value) =>
        CreditCardDetector.Match(value).ShouldBe(ValueMatch.Generic);

    [Theory]
    [InlineData("4111111111111112")] // Luhn fails
    [InlineData("1234567812345670")] // Luhn passes, no network starts with 1
    [InlineData("378282246310005000")] // Amex prefix, wrong length
    [InlineData("4111 1111-1111 1111")] // mixed separators
    [InlineData("4111111111")]
    [InlineData("89014103211118510720")] // SIM ICCID, 20 digits
    [InlineData("4111 **** **** 1111")]
    public void invalid_or_unknown_numbers_do_not_match(string value) =>
        CreditCardDetector.Match(value).ShouldBe(ValueMatch.None);
}
