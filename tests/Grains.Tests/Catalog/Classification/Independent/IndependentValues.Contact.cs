using System.Globalization;
using System.Text;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class IndependentValues
{
    private static readonly string[] MailDomains =
    [
        "posteo.de", "orange.fr", "libero.it", "web.de", "seznam.cz", "qq.com", "naver.com", "yandex.ru",
        "uol.com.br", "example.org", "mail.example.net", "corp.example.com", "student.example.edu",
        "telenet.be", "xs4all.nl", "wp.pl", "telia.se", "protonmail.ch", "icloud.com", "hotmail.co.uk",
    ];

    public string Email()
    {
        var (given, family) = Person();
        return EmailFor(given, family);
    }

    private string EmailFor(string given, string family)
    {
        var g = AsciiLocal(given);
        var f = AsciiLocal(family);
        if (g.Length == 0 || f.Length == 0)
        {
            g = "user" + Digits(4);
            f = "mail";
        }

        var local = Int(0, 5) switch
        {
            0 => $"{g}.{f}",
            1 => $"{g[0]}{f}",
            2 => F($"{f}{Int(1, 999)}"),
            3 => $"{g}_{f}+{Pick(new[] { "orders", "promo", "tax" })}",
            _ => $"{f}.{g}",
        };
        return $"{local}@{Pick(MailDomains)}";
    }

    // Lower-case ASCII letters of a name, accents dropped; empty for names in other scripts.
    private static string AsciiLocal(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetter(c))
            {
                return string.Empty;
            }
        }

        return sb.ToString();
    }

    /// <summary>A phone number of one of 25 countries, written as people in that country write it.</summary>
    public string Phone() => Int(0, 25) switch
    {
        0 => F($"({Pick(new[] { "212", "312", "415", "617", "713", "206", "303", "404" })}) {Int(201, 999)}-{Digits(4)}"),
        1 => F($"+1 {Pick(new[] { "512", "602", "718", "917", "646", "305", "702", "919" })} {Int(201, 999)} {Digits(4)}"),
        2 => $"+44 7{Pick(new[] { "4", "5", "8", "9" })}{Digits(2)} {Digits(6)}",
        3 => $"020 {Pick(new[] { "7", "8" })}{Digits(3)} {Digits(4)}",
        4 => Pick(new[] { $"+49 30 {Digits(8)}", $"+49 151 {Digits(8)}", $"0176 {Digits(8)}", $"+49 (0)89 {Digits(7)}" }),
        5 => $"+33 {Pick(new[] { "6", "7", "1" })} {Digits(2)} {Digits(2)} {Digits(2)} {Digits(2)}",
        6 => $"06 {Digits(2)} {Digits(2)} {Digits(2)} {Digits(2)}",
        7 => $"+34 6{Digits(2)} {Digits(3)} {Digits(3)}",
        8 => $"+39 3{Int(2, 9)}{Digits(1)} {Digits(3)} {Digits(4)}",
        9 => Pick(new[] { $"+31 6 {Digits(8)}", $"06-{Digits(8)}", $"+31 20 {Digits(3)} {Digits(4)}" }),
        10 => $"+48 {Int(50, 89)}{Digits(1)} {Digits(3)} {Digits(3)}",
        11 => $"+46 7{Pick(new[] { "0", "2", "3", "6" })} {Digits(3)} {Digits(2)} {Digits(2)}",
        12 => $"+47 {Pick(new[] { "4", "9" })}{Digits(2)} {Digits(2)} {Digits(3)}",
        13 => $"+55 {Pick(new[] { "11", "21", "31" })} 9{Digits(4)}-{Digits(4)}",
        14 => $"+52 55 {Digits(4)} {Digits(4)}",
        15 => $"+91 {Int(7, 10)}{Digits(4)} {Digits(5)}",
        16 => Pick(new[] { $"+81 90-{Digits(4)}-{Digits(4)}", $"03-{Digits(4)}-{Digits(4)}" }),
        17 => $"+86 13{Digits(1)} {Digits(4)} {Digits(4)}",
        18 => Pick(new[] { $"+82 10-{Digits(4)}-{Digits(4)}", $"010-{Digits(4)}-{Digits(4)}" }),
        19 => Pick(new[] { $"+61 4{Digits(2)} {Digits(3)} {Digits(3)}", $"(02) 9{Digits(3)} {Digits(4)}" }),
        20 => $"+27 {Pick(new[] { "82", "72", "83" })} {Digits(3)} {Digits(4)}",
        21 => $"+234 {Pick(new[] { "803", "806", "813" })} {Digits(3)} {Digits(4)}",
        22 => $"+7 9{Digits(2)} {Digits(3)}-{Digits(2)}-{Digits(2)}",
        23 => $"+90 5{Int(30, 56)} {Digits(3)} {Digits(2)} {Digits(2)}",
        _ => $"+41 7{Int(6, 10)} {Digits(3)} {Digits(2)} {Digits(2)}",
    };

    public string ContactHandle() => Chance(50) ? Email() : Phone();
}
