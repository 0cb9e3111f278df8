using System.Numerics;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class ValueGenerator
{
    private static readonly string[] FirstNames =
    [
        "James", "Mary", "José", "Aisha", "Wei", "Olga", "Liam", "Sofía", "Noah", "Chloé", "Mohammed", "Yuki",
        "Anna-Lena", "Jean-Luc", "Priya", "Mateo", "Fatima", "Lars", "Zoë", "Kwame", "Siobhan", "Dmitri",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "García", "O'Brien", "Müller", "Nguyen", "Kowalski", "Johnson", "Rossi", "Dubois", "Tanaka",
        "Okafor", "van der Berg", "Papadopoulos", "Haddad", "Silva", "MacDonald", "Ivanova", "Kim", "Larsen",
    ];

    private static readonly string[] Domains =
    [
        "example.com", "mail.example.co.uk", "corp.example.org", "gmail.com", "outlook.com", "uni-berlin.de",
        "example.io", "sub.dept.example.net", "yahoo.fr", "example.com.au",
    ];

    private static readonly string[] Streets =
    [
        "Main St", "Oak Avenue", "Baker Street", "Elm Rd", "Sunset Blvd", "Maple Lane", "Park Ave", "High Street",
        "Cedar Dr", "Church Road", "Rue de Rivoli", "Via Roma",
    ];

    public string FirstName() => Pick(FirstNames);

    public string LastName() => Pick(LastNames);

    public string FullName() => Int(0, 5) == 0 ? $"{LastName()}, {FirstName()}" : $"{FirstName()} {LastName()}";

    public string Email()
    {
        var first = Ascii(FirstName()).ToLowerInvariant();
        var last = Ascii(LastName()).ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("'", string.Empty, StringComparison.Ordinal);
        var local = Int(0, 6) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first}+{Pick(new[] { "news", "shop", "test", "work" })}",
            2 => Format($"{first[0]}{last}{Int(1, 99)}"),
            3 => $"{first}_{last}",
            4 => Format($"{last}.{first}{Int(1970, 2005)}"),
            _ => $"{first}-{last}",
        };
        var email = $"{local}@{Pick(Domains)}";
        return Int(0, 10) == 0 ? email.ToUpperInvariant() : email;
    }

    public string Phone() => Int(0, 12) switch
    {
        0 => $"({Digits3(2)}) 555-{Digits(4)}",
        1 => $"{Digits3(2)}-555-{Digits(4)}",
        2 => $"+1 {Digits3(2)} 555 {Digits(4)}",
        3 => $"+44 20 {Digits(4)} {Digits(4)}",
        4 => $"+49 30 {Digits(8)}",
        5 => $"+33 1 {Digits(2)} {Digits(2)} {Digits(2)} {Digits(2)}",
        6 => $"+91 9{Digits(4)} {Digits(5)}",
        7 => $"+81 3-{Digits(4)}-{Digits(4)}",
        8 => $"+1{Digits3(2)}555{Digits(4)}",
        9 => $"{Digits3(2)}.555.{Digits(4)}",
        10 => $"0049 89 {Digits(7)}",
        _ => Format($"({Digits3(2)}) 555-{Digits(4)} x{Int(10, 999)}"),
    };

    public string NationalPhone() => Int(0, 3) switch
    {
        0 => $"020 {Digits(4)} {Digits(4)}",
        1 => $"0{Digits(2)} {Digits(3)} {Digits(4)}",
        _ => $"06 {Digits(2)} {Digits(2)} {Digits(2)} {Digits(2)}",
    };

    public string BirthDate(string format)
    {
        var date = new DateTime(1935, 1, 1).AddDays(Int(0, 365 * 70));
        return date.ToString(format, Inv);
    }

    public string AnyBirthDate() => BirthDate(Pick(new[] { "yyyy-MM-dd", "MM/dd/yyyy", "dd.MM.yyyy", "d MMM yyyy", "yyyy/MM/dd" }));

    public string CardNumber(bool grouped)
    {
        var (prefix, length) = Int(0, 6) switch
        {
            0 => ("4" + Digits(5), 16),
            1 => (Format($"5{Int(1, 6)}") + Digits(4), 16),
            2 => (Int(0, 2) == 0 ? "34" : "37", 15),
            3 => ("6011", 16),
            4 => (Format($"{Int(2221, 2721)}"), 16),
            _ => (Format($"{Int(3528, 3590)}"), 16),
        };
        var number = LuhnComplete(prefix + Digits(length - prefix.Length - 1));
        if (!grouped)
        {
            return number;
        }

        var sep = Int(0, 2) == 0 ? " " : "-";
        return length == 15
            ? string.Join(sep, number[..4], number[4..10], number[10..])
            : string.Join(sep, number[..4], number[4..8], number[8..12], number[12..]);
    }

    public string Ssn(bool dashed)
    {
        var area = Int(1, 900);
        if (area == 666)
        {
            area = 667;
        }

        var text = Format($"{area:000}-{Int(1, 100):00}-{Int(1, 10000):0000}");
        return dashed ? text : text.Replace("-", string.Empty, StringComparison.Ordinal);
    }

    public string Iban(bool grouped)
    {
        var (country, bban) = Int(0, 9) switch
        {
            0 => ("DE", Digits(18)),
            1 => ("GB", Letters(4) + Digits(14)),
            2 => ("FR", Digits(10) + Letters(1) + Digits(10) + Digits(2)),
            3 => ("ES", Digits(20)),
            4 => ("IT", Letters(1) + Digits(10) + Digits(12)),
            5 => ("NL", Letters(4) + Digits(10)),
            6 => ("BE", Digits(12)),
            7 => ("CH", Digits(17)),
            _ => ("PL", Digits(24)),
        };
        var numeric = string.Concat((bban + country + "00").Select(c => char.IsLetter(c) ? Format($"{c - 'A' + 10}") : c.ToString()));
        var check = 98 - (int)(BigInteger.Parse(numeric, Inv) % 97);
        var iban = Format($"{country}{check:00}{bban}");
        return grouped ? string.Join(' ', iban.Chunk(4).Select(c => new string(c))) : iban;
    }

    public string IPv4() => Format($"{Int(1, 224)}.{Int(0, 256)}.{Int(0, 256)}.{Int(1, 255)}");

    public string IPv6() => Int(0, 6) switch
    {
        0 => $"2001:db8::{Hex(Int(1, 5))}",
        1 => $"fe80::{Hex(3)}:{Hex(4)}:{Hex(4)}:{Hex(4)}",
        2 => string.Join(':', Enumerable.Range(0, 8).Select(_ => Hex(4))),
        3 => $"2a02:{Hex(4)}:{Hex(3)}::{Hex(2)}",
        4 => Format($"::ffff:{IPv4()}"),
        _ => string.Join(':', Enumerable.Range(0, 8).Select(_ => Hex(4, upper: true))),
    };

    public string AnyIp() => Int(0, 3) == 0 ? IPv6() : IPv4();

    public string StreetAddress() => Int(0, 5) switch
    {
        0 => Format($"{Int(1, 9999)} {Pick(Streets)}"),
        1 => Format($"{Int(1, 999)} {Pick(Streets)}, Apt {Int(1, 40)}{Letters(1)}"),
        2 => Format($"{Pick(new[] { "Hauptstraße", "Bahnhofstrasse", "Lindenweg", "Marktplatz" })} {Int(1, 120)}"),
        3 => Format($"Flat {Int(1, 20)}, {Int(1, 300)} {Pick(Streets)}"),
        _ => Format($"{Int(1, 9999)} {Pick(Streets)}, Suite {Int(100, 900)}"),
    };

    private string Digits3(int firstMin) => Format($"{Int(firstMin, 10)}{Digits(2)}");

    private static string Ascii(string s) => s
        .Replace("é", "e", StringComparison.Ordinal).Replace("í", "i", StringComparison.Ordinal)
        .Replace("ë", "e", StringComparison.Ordinal).Replace("ü", "u", StringComparison.Ordinal)
        .Replace("ö", "o", StringComparison.Ordinal).Replace("ç", "c", StringComparison.Ordinal)
        .Replace("-", string.Empty, StringComparison.Ordinal);
}
