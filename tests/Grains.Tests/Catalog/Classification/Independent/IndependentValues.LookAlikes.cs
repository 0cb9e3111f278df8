namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class IndependentValues
{
    private static readonly string[] ReleaseVersions = ["1.0.0.0", "1.2.0.4", "2.0.1.0", "2.3.4.1", "3.1.0.12", "4.0.2.7", "10.0.1.3"];

    /// <summary>Versions repeat: a column of builds holds a handful of releases.</summary>
    public string FourPartVersion() => Chance(70) ? Pick(ReleaseVersions) : F($"{Int(1, 12)}.{Int(0, 20)}.{Int(0, 40)}.{Int(0, 60)}");

    public string MessageId() => $"<{Hex(12)}.{Digits(6)}@{Pick(new[] { "mail.example.com", "mx1.example.org", "smtp.example.net" })}>";

    public string ZeroPaddedKey(int length) => new string('0', Int(2, 5)) + Digits(length - 4).TrimStart('0').PadLeft(4, '7');

    public string PartNumber() => Int(0, 3) switch
    {
        0 => $"PN-{Digits(4)}-{Digits(4)}",
        1 => $"{Upper(3)}{Digits(6)}",
        _ => $"{Digits(3)}-{Digits(3)}-{Digits(3)}",
    };

    public string Sku() => $"{Upper(2)}-{Digits(5)}-{Upper(1)}{Digits(1)}";

    public string Timestamp() => DateBetween(2019, 2026).AddSeconds(Int(1, 86_000)).ToString("yyyy-MM-dd HH:mm:ss", Inv);

    public string RecentDate() => DateBetween(2015, 2026).ToString("yyyy-MM-dd", Inv);

    public string Money() => F($"{Int(1, 99_999)}.{Int(0, 100):00}");

    public string Sha1() => Hex(40);

    public string Uuid() => $"{Hex(8)}-{Hex(4)}-4{Hex(3)}-a{Hex(3)}-{Hex(12)}";

    public string Mac() => string.Join(':', Enumerable.Range(0, 6).Select(_ => Hex(2)));

    public string Url() => $"https://{Pick(new[] { "shop", "docs", "app" })}.example.com/{Hex(6)}";

    public string Hostname() => $"{Pick(new[] { "web", "db", "cache", "mx" })}-{Int(1, 40):00}.{Pick(new[] { "prod", "eu-west", "internal" })}.example.net";

    public string UserAgent() => F($"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/{Int(100, 130)}.0.{Int(1000, 6999)}.{Int(10, 200)}");

    public string Company() => $"{Pick(new[] { "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Tailspin" })} {Pick(new[] { "Traders", "Ltd", "GmbH", "S.A.", "Inc.", "Logistics", "Holdings" })}";

    public string ProductName() => $"{Pick(new[] { "Organic", "Classic", "Deluxe", "Mini", "Ultra" })} {Pick(new[] { "Chai", "Widget", "Blender", "Notebook", "Headphones", "Kettle" })} {Pick(new[] { "500g", "Pro", "XL", "2", "Set" })}";

    public string Title() => $"{Pick(new[] { "Midnight", "Silent", "Golden", "Broken", "Electric", "Wandering" })} {Pick(new[] { "Harbor", "Echoes", "Frontier", "Garden", "Signal", "Parade" })}";

    public string Username() => $"{Pick(new[] { "dark", "blue", "pixel", "quiet", "rapid" })}{Pick(new[] { "fox", "coder", "river", "owl" })}{Int(1, 999)}";

    public string Status() => Pick(new[] { "active", "pending", "closed", "on_hold", "cancelled" });

    public string Imei() => WithLuhnDigit("35" + Digits(12));

    public string Isbn() => "978" + Digits(10);

    public string Tracking() => $"1Z{Upper(3)}{Digits(3)}{Upper(2)}{Digits(8)}";

    public string Coordinate() => F($"{Int(-89, 89)}.{Digits(6)}");

    public string Duration() => F($"{Int(0, 3):00}:{Int(0, 60):00}:{Int(0, 60):00}");

    public string SemVer() => F($"{Int(0, 6)}.{Int(0, 20)}.{Int(0, 30)}");

    public string Extension() => F($"{Int(100, 9999)}");

    public string Count() => F($"{Int(0, 2000)}");

    public string Percent() => F($"{Int(0, 100)}.{Int(0, 10)}%");

    public string HexColor() => "#" + Hex(6).ToUpperInvariant();

    public string InvoiceNumber() => F($"INV-{DateBetween(2019, 2026).Year}-{Digits(6)}");

    public string OrderName() => F($"#{Int(1001, 99999)}");

    public string Bic() => $"{Upper(4)}{Pick(new[] { "DE", "FR", "GB", "NL" })}{Upper(2)}";

    public string Language() => Pick(new[] { "English", "Italian", "Japanese", "Mandarin", "German", "French" });

    public string Npi() => "1" + Digits(9);

    public string Note() => Pick(new[] { "Left at front desk", "Customer asked for a call back", "Gift wrap requested", "Fragile, handle with care", "Deliver after 5pm" });
}
