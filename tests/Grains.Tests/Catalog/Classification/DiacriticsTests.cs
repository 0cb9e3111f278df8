using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class DiacriticsTests
{
    [Theory]
    [InlineData("teléfono", "telefono")]
    [InlineData("syntymäaika", "syntymaaika")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("fødselsdato", "fodselsdato")]
    [InlineData("Straße", "Strasse")]
    [InlineData("plain", "plain")]
    [InlineData("王伟", "王伟")]
    public void folds_accented_latin_letters(string text, string expected) => Diacritics.Fold(text).ShouldBe(expected);
}
