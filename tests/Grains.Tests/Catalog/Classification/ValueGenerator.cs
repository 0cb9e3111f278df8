using System.Globalization;
using System.Text;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>
/// Deterministic, realistic sample values for the labelled set. Check digits (Luhn, IBAN mod 97) are
/// computed here independently of the classifier, so the data never depends on the code under test.
/// </summary>
internal sealed partial class ValueGenerator(int seed)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly Random _random = new(seed);

    public int Int(int min, int maxExclusive) => _random.Next(min, maxExclusive);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public string Digits(int count)
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append((char)('0' + _random.Next(10)));
        }

        return sb.ToString();
    }

    public string Letters(int count, bool upper = true)
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append((char)((upper ? 'A' : 'a') + _random.Next(26)));
        }

        return sb.ToString();
    }

    public string Hex(int count, bool upper = false)
    {
        const string lower = "0123456789abcdef";
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            var c = lower[_random.Next(16)];
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
        }

        return sb.ToString();
    }

    public static string Format(FormattableString text) => text.ToString(Inv);

    /// <summary>A column's sample: <paramref name="count"/> values, about one in eight null.</summary>
    public IReadOnlyList<string?> Sample(Func<ValueGenerator, string> value, int count = 20, bool nulls = true)
    {
        var values = new List<string?>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(nulls && _random.Next(8) == 0 ? null : value(this));
        }

        return values;
    }

    public static string LuhnComplete(string payload)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var d = payload[i] - '0';
            if (doubleIt)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return payload + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public static bool LuhnValid(string digits) => LuhnComplete(digits[..^1]) == digits;
}
