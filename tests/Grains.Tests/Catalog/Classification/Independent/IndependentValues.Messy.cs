namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class IndependentValues
{
    private static readonly string[] KatakanaNames = ["ヤマダ タロウ", "スズキ ハナコ", "タカハシ ケン", "タナカ ミサキ", "ワタナベ ショウタ", "イトウ サクラ"];

    /// <summary>A name as people type it into forms: sometimes lower case, upper case, with a title or middle name.</summary>
    public string TypedName()
    {
        var name = Natural();
        return Int(0, 8) switch
        {
            0 => name.ToLowerInvariant(),
            1 => name.ToUpperInvariant(),
            2 => $"{Pick(new[] { "Dr.", "Mrs.", "Mr.", "Prof." })} {name}",
            3 => $"{GivenName()} {GivenName()} {FamilyName()}",
            _ => name,
        };
    }

    public string KatakanaName() => Pick(KatakanaNames);

    public string TypedEmail() => Chance(15) ? Email().ToUpperInvariant() : Email();

    public string PhoneWithExtension() => F($"+1 ({Int(201, 989)}) {Int(201, 999)}-{Digits(4)} {Pick(new[] { "ext. ", "x", "#" })}{Int(10, 999)}");

    /// <summary>National numbers as written inside their country, without a country code.</summary>
    public string NationalPhone() => Int(0, 9) switch
    {
        0 => $"030 {Digits(8)}",
        1 => $"06{Digits(8)}",
        2 => $"(11) 9{Digits(4)}-{Digits(4)}",
        3 => $"04{Digits(2)} {Digits(3)} {Digits(3)}",
        4 => $"07{Pick(new[] { "4", "5", "8", "9" })}{Digits(2)} {Digits(6)}",
        5 => $"02-{Digits(4)}-{Digits(4)}",
        6 => $"138 {Digits(4)} {Digits(4)}",
        7 => $"0{Int(6, 8)} {Digits(2)} {Digits(2)} {Digits(2)} {Digits(2)}",
        _ => $"091 {Digits(3)} {Digits(2)} {Digits(2)}",
    };

    public string E164Digits() => Pick(new[] { "49151", "4478", "3361", "1415", "5511" }) + Digits(8);

    public string AddressWithoutNumber() => $"{Pick(new[] { "Rose Cottage", "The Old Rectory", "Flat B, Ivy House" })}, {Pick(new[] { "Mill Lane", "Church Walk", "Green End" })}, {City()}";

    public string MultilineAddress() => $"{Address()}\n{Country()}";

    public string SpacedSsn() => Ssn().Replace("-", " ", StringComparison.Ordinal);

    public string LibraryBarcode() => "2901" + Digits(10);

    public string Imsi() => Pick(new[] { "26201", "23410", "20801", "310260" }) + Digits(9);

    public string IpWithPort() => F($"{IPv4()}:{Int(1024, 65535)}");

    public string MaskedCard() => $"**** **** **** {Digits(4)}";

    public string HouseNumber() => F($"{Int(1, 300)}{(Chance(15) ? "a" : "")}");

    public string EmailDomain() => Pick(MailDomains);

    public string TaxIdEu() => Pick(new[] { "B" + Digits(8), "X" + Digits(7) + Upper(1), "DE" + Digits(9) });
}
