using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class ChecksumsTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("5500005555555559")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117")]
    [InlineData("79927398713")]
    public void luhn_accepts_valid_numbers(string digits) => Checksums.IsLuhnValid(digits).ShouldBeTrue();

    [Theory]
    [InlineData("4111111111111112")]
    [InlineData("1234567812345678")]
    [InlineData("79927398710")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("")]
    public void luhn_rejects_invalid_numbers(string digits) => Checksums.IsLuhnValid(digits).ShouldBeFalse();

    [Theory]
    [InlineData("DE89370400440532013000")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("BE68539007547034")]
    [InlineData("CH9300762011623852957")]
    [InlineData("NO9386011117947")]
    public void mod97_accepts_published_examples(string iban) => Checksums.IsIbanMod97Valid(iban).ShouldBeTrue();

    [Theory]
    [InlineData("DE89370400440532013001")]
    [InlineData("GB28WEST12345698765432")]
    [InlineData("de89370400440532013000")]
    [InlineData("DE89")]
    public void mod97_rejects_wrong_check_digits(string iban) => Checksums.IsIbanMod97Valid(iban).ShouldBeFalse();
}
