using System.Numerics;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class IndependentValues
{
    private static readonly string[] BirthFormats =
        ["yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "yyyyMMdd", "d MMM yyyy", "yyyy-MM-ddT00:00:00Z", "dd-MM-yyyy", "yyyy/MM/dd"];

    public string BirthDate() => BirthDate(Pick(BirthFormats));

    public string BirthDate(string format) => DateBetween(1930, 2008).ToString(format, Inv);

    public string CjkBirthDate()
    {
        var d = DateBetween(1940, 2005);
        return F($"{d.Year}年{d.Month}月{d.Day}日");
    }

    public string Card()
    {
        var (prefix, length) = Int(0, 5) switch
        {
            0 => ("4" + Digits(3), 16),
            1 => (F($"{Int(51, 56)}"), 16),
            2 => (Pick(new[] { "34", "37" }), 15),
            3 => (F($"{Int(2221, 2721)}"), 16),
            _ => ("65" + Digits(2), 16),
        };
        var number = WithLuhnDigit(prefix + Digits(length - prefix.Length - 1));
        return Int(0, 3) switch
        {
            0 => number,
            1 => string.Join(' ', Chunks(number, length == 15 ? [4, 6, 5] : [4, 4, 4, 4])),
            _ => string.Join('-', Chunks(number, length == 15 ? [4, 6, 5] : [4, 4, 4, 4])),
        };
    }

    public string Iban()
    {
        var (country, length) = Pick(new[] { ("DE", 22), ("FR", 27), ("ES", 24), ("IT", 27), ("NL", 18), ("BE", 16), ("AT", 20), ("PL", 28), ("SE", 24), ("NO", 15), ("FI", 18), ("PT", 25), ("IE", 22) });
        var bban = country is "NL" or "IE" ? Upper(4) + Digits(length - 8) : Digits(length - 4);
        var numeric = string.Concat((bban + country + "00").Select(c => char.IsLetter(c) ? F($"{c - 'A' + 10}") : c.ToString()));
        var check = 98 - (int)(BigInteger.Parse(numeric, Inv) % 97);
        var iban = F($"{country}{check:00}{bban}");
        return Chance(40) ? string.Join(' ', iban.Chunk(4).Select(c => new string(c))) : iban;
    }

    public string Ssn()
    {
        var area = Int(1, 772);
        area = area == 666 ? 665 : area;
        var text = F($"{area:000}-{Int(1, 100):00}-{Int(1, 10000):0000}");
        return Chance(30) ? text.Replace("-", string.Empty, StringComparison.Ordinal) : text;
    }

    public string IPv4() => Int(0, 3) switch
    {
        0 => F($"10.{Int(0, 256)}.{Int(0, 256)}.{Int(1, 255)}"),
        1 => F($"192.168.{Int(0, 256)}.{Int(1, 255)}"),
        _ => F($"{Int(11, 224)}.{Int(0, 256)}.{Int(0, 256)}.{Int(1, 255)}"),
    };

    public string IPv6() => Chance(50)
        ? $"2001:db8:{Hex(4)}:{Hex(4)}::{Hex(3)}"
        : string.Join(':', Enumerable.Range(0, 8).Select(_ => Hex(4)));

    public string AnyIp() => Chance(30) ? IPv6() : IPv4();

    private static string WithLuhnDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return payload + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static IEnumerable<string> Chunks(string text, int[] sizes)
    {
        var at = 0;
        foreach (var size in sizes)
        {
            yield return text.Substring(at, size);
            at += size;
        }
    }
}
