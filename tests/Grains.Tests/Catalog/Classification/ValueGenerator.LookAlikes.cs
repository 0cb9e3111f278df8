namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class ValueGenerator
{
    private static readonly string[] Cities = ["Berlin", "Springfield", "São Paulo", "New York", "Lyon", "Osaka", "Leeds", "Austin"];

    private static readonly string[] Products = ["Wireless Mouse", "USB-C Cable", "Standing Desk", "Espresso Machine", "Trail Shoes", "Desk Lamp"];

    private static readonly string[] Companies = ["Acme Corp", "Globex GmbH", "Initech LLC", "Umbrella plc", "Stark Industries", "Wayne Enterprises"];

    public string Zip5() => Digits(5);

    public string Zip9() => $"{Digits(5)}-{Digits(4)}";

    public string UkPostcode() => $"{Letters(2)}{Int(1, 20)} {Int(1, 10)}{Letters(2)}";

    public string OrderCode() => Format($"ORD-{Int(2019, 2026)}-{Int(1, 99999):00000}");

    public string SemVer() => Format($"{Int(0, 12)}.{Int(0, 30)}.{Int(0, 100)}");

    public string FourPartVersion() => Format($"{Int(1, 11)}.{Int(0, 10)}.{Int(0, 300)}.{Int(0, 50)}");

    public string BuildNumber() => Int(0, 2) == 0 ? Format($"{Int(2022, 2026)}{Int(1, 13):00}{Int(1, 29):00}.{Int(1, 9)}") : Format($"{Int(1000, 99999)}");

    public string Sku() => $"{Letters(3)}-{Digits(5)}-{Letters(2)}";

    public string Count() => Format($"{Int(0, 500)}");

    public string Bool() => Int(0, 2) == 0 ? "true" : "false";

    public string Timestamp() => new DateTime(2019, 1, 1).AddSeconds(Int(0, 200_000_000)).ToString(Pick(new[] { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ" }), Inv);

    public string RecentDate() => new DateTime(2015, 1, 1).AddDays(Int(0, 3500)).ToString(Pick(new[] { "yyyy-MM-dd", "MM/dd/yyyy" }), Inv);

    /// <summary>Sixteen digits that fail Luhn: amounts and ids that merely have a card's length.</summary>
    public string SixteenDigitsNotLuhn()
    {
        while (true)
        {
            var digits = Format($"{Int(1, 10)}") + Digits(15);
            if (!LuhnValid(digits))
            {
                return digits;
            }
        }
    }

    public string Uuid() => $"{Hex(8)}-{Hex(4)}-4{Hex(3)}-a{Hex(3)}-{Hex(12)}";

    public string Sha256() => Hex(64);

    public string Md5() => Hex(32);

    public string Bcrypt() => "$2b$12$" + Letters(22, upper: false) + Hex(31);

    public string Username() => Pick(new[] { "jsmith", "mary_k", "dragonslayer99", "wei.zhang", "olga-i", "admin", "sofia1990", "lars_l" });

    public string FileName() => Pick(new[] { "report_2023.pdf", "IMG_0042.jpg", "export.csv", "notes.txt", "backup-01.tar.gz" });

    public string ProductName() => Pick(Products);

    public string CompanyName() => Pick(Companies);

    public string HostName() => Format($"{Pick(new[] { "web", "db", "cache", "api" })}-{Int(1, 20):00}.{Pick(new[] { "prod", "staging" })}.example.com");

    public string City() => Pick(Cities);

    public string CountryCode() => Pick(new[] { "US", "DE", "FR", "GB", "JP", "BR", "IN" });

    public string Url() => $"https://www.example.com/{Letters(6, upper: false)}?id={Digits(4)}";

    public string UserAgent() => Pick(new[] { "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.4.0", "okhttp/4.12.0" });

    public string Mac() => string.Join(':', Enumerable.Range(0, 6).Select(_ => Hex(2, upper: true)));

    public string Cidr() => Format($"10.{Int(0, 256)}.{Int(0, 256)}.0/{Int(16, 29)}");

    public string Price() => Format($"{Int(1, 5000)}.{Int(0, 100):00}");

    public string Latitude() => Format($"{Int(-89, 90)}.{Digits(6)}");

    public string Isbn13() => LuhnlessEan("978");

    public string Ean13() => LuhnlessEan(Format($"{Int(40, 44)}"));

    public string Imei() => LuhnComplete(Pick(new[] { "35", "86", "01", "99" }) + Digits(12));

    public string Iccid() => "8901" + Digits(15);

    public string RoutingNumber() => Format($"0{Int(1, 10)}") + Digits(7);

    public string Ein() => $"{Digits(2)}-{Digits(7)}";

    public string Vat() => $"{CountryCode()}{Digits(9)}";

    public string Swift() => $"{Letters(4)}{CountryCode()}{Letters(2)}";

    public string SortCode() => $"{Digits(2)}-{Digits(2)}-{Digits(2)}";

    public string TimeOfDay() => Format($"{Int(0, 24):00}:{Int(0, 60):00}:{Int(0, 60):00}");

    public string Vin() => $"1{Letters(2)}{Digits(2)}{Letters(3)}{Digits(9)}";

    public string LocalAccountNumber() => Digits(Int(8, 12));

    public string FreeText() => Pick(new[]
    {
        "Customer asked for a refund", "Ships in 3-5 days", "Fragile: handle with care", "Gift wrap requested",
        "Contains 2 items", "See ticket 4521",
    });

    // 13-digit article numbers with their own (EAN) check digit, not Luhn.
    private string LuhnlessEan(string prefix)
    {
        var body = prefix + Digits(12 - prefix.Length);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
