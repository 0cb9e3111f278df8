using System.Globalization;
using System.Text;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>
/// Values for the independent evaluation set (issue 20). Its name, street, domain and number-plan data
/// are written here, apart from the detectors' lists and from the tuned set's <see cref="ValueGenerator"/>,
/// and are never read by the classifier: a detector can only match them by knowing the world, not the
/// test. About half the names are deliberately less common ones.
/// </summary>
internal sealed partial class IndependentValues(int seed)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly Random _random = new(seed);

    public int Int(int min, int maxExclusive) => _random.Next(min, maxExclusive);

    public bool Chance(int percent) => _random.Next(100) < percent;

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

    public string Upper(int count)
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append((char)('A' + _random.Next(26)));
        }

        return sb.ToString();
    }

    public string Hex(int count)
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append("0123456789abcdef"[_random.Next(16)]);
        }

        return sb.ToString();
    }

    public static string F(FormattableString text) => text.ToString(Inv);

    /// <summary>A column's sample of <paramref name="count"/> values, some null, as a profiler would return.</summary>
    public IReadOnlyList<string?> Sample(Func<IndependentValues, string> value, int count = 20)
    {
        var values = new List<string?>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(_random.Next(10) == 0 ? null : value(this));
        }

        return values;
    }

    public DateTime DateBetween(int fromYear, int toYear) =>
        new DateTime(fromYear, 1, 1).AddDays(_random.Next((toYear - fromYear) * 365));
}
