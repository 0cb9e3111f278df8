using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class StreetAddressValueTests
{
    [Theory]
    [InlineData("221B Baker Street")]
    [InlineData("1600 Pennsylvania Ave NW, Washington, DC 20500")]
    [InlineData("Hauptstraße 5, 10115 Berlin")]
    [InlineData("Hauptstr.5")]
    [InlineData("12 rue de la Paix, 75002 Paris")]
    [InlineData("Calle de Alcalá 42, 28014 Madrid")]
    [InlineData("Via del Corso 18, 00186 Roma")]
    [InlineData("Rua Augusta 100, 1100-053 Lisboa")]
    [InlineData("Kerkstraat 12\n1012 AB Amsterdam")]
    [InlineData("ul. Marszałkowska 10, 00-590 Warszawa")]
    [InlineData("Storgatan 12, 114 55 Stockholm")]
    [InlineData("Nørregade 7, 1165 København K")]
    [InlineData("Mannerheimintie 5 A 7, 00100 Helsinki")]
    [InlineData("12 Kingsway, London WC2B 6NH")]
    [InlineData("1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005")]
    [InlineData("東京都千代田区丸の内1-2-3")]
    [InlineData("北京市朝阳区建国路88号")]
    [InlineData("서울특별시 강남구 테헤란로 152")]
    [InlineData("ул. Тверская, д. 7, Москва")]
    [InlineData("Atatürk Caddesi No: 15, Kadıköy")]
    [InlineData("Jl. Sudirman No. 5, Jakarta 10220")]
    [InlineData("45 Queen St W, Toronto, ON M5H 2M5")]
    [InlineData("Nevsky Prospekt 28, St Petersburg")]
    [InlineData("88 Jianguo Lu, Chaoyang, Beijing 100022")]
    [InlineData("Rehov Herzl 10, Tel Aviv")]
    [InlineData("7360 Schuster Cape")]
    [InlineData("4190 Paige Meadow, New Leah")]
    [InlineData("Hassans Väg 832, Lyckstad")]
    [InlineData("Liebigstr. 844, Süd Simonstadt")]
    [InlineData("Bulevardul Unirii, Bloc 40, Ap. 595, Cernavodă")]
    public void addresses_of_many_countries_are_recognised(string value) =>
        StreetAddressValue.IsAddress(value).ShouldBeTrue();

    [Theory]
    [InlineData("10115")]
    [InlineData("SW1A 1AA")]
    [InlineData("Berlin")]
    [InlineData("ann@example.com")]
    [InlineData("203.0.113.7")]
    [InlineData("https://example.com/street/5")]
    [InlineData("Order 5 shipped")]
    [InlineData("Pixel 8, Obsidian")]
    [InlineData("Spring 2024, Berlin")]
    public void postcodes_cities_and_other_addresses_are_not(string value) =>
        StreetAddressValue.IsAddress(value).ShouldBeFalse();

    [Fact]
    public void unrecognised_addresses_do_not_undo_an_address_name()
    {
        string?[] values = ["Flat B, The Old Mill", "Haus am See", "Building Seven, Campus North", "c/o Reception", "Villa Rosa"];
        ColumnClassifier.Classify(new ColumnSample("shipping_address", "text", values))
            .ShouldHaveSingleItem().Class.ShouldBe(PiiClasses.PostalAddress);
    }

    [Fact]
    public void email_values_contradict_an_address_name()
    {
        string?[] values = ["ann@example.com", "bob@example.org", "cy@example.net", "di@example.io", "ed@example.com"];
        ColumnClassifier.Classify(new ColumnSample("address", "text", values)).Select(c => c.Class).ShouldBe([PiiClasses.Email]);
    }
}
