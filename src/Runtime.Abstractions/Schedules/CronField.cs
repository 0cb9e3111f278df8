using System.Globalization;

namespace DataSpine.Runtime.Schedules;

/// <summary>One field of a cron expression: its range and names; parses its text into one bit per allowed value.</summary>
internal sealed class CronField(string name, int min, int max, string[]? names = null, bool sevenIsSunday = false)
{
    public string Name => name;

    /// <summary>What is wrong with <paramref name="text"/>, or null when the field is valid.</summary>
    public string? Problem(string text)
    {
        foreach (var item in text.Split(','))
        {
            if (ItemProblem(item) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The allowed values of a valid field (see <see cref="Problem"/>), bit n for value n.</summary>
    public ulong Bits(string text)
    {
        var bits = 0UL;
        foreach (var item in text.Split(','))
        {
            var (range, step) = SplitStep(item);
            var by = step is null ? 1 : int.Parse(step, CultureInfo.InvariantCulture);
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            var (from, to) = range == "*" ? (min, sevenIsSunday ? 6 : max)
                : dash >= 0 ? (Value(range[..dash]), RangeEnd(Value(range[..dash]), Value(range[(dash + 1)..])))
                : step is not null ? (Value(range), max) // "a/n": from a to the end of the range, as most crons read it
                : (Value(range), Value(range));
            for (var value = from; value <= to; value += by)
            {
                bits |= 1UL << value;
            }
        }

        const ulong seven = 1UL << 7;
        return sevenIsSunday && (bits & seven) != 0 ? (bits & ~seven) | 1UL : bits;
    }

    private string? ItemProblem(string item)
    {
        if (item.Length == 0)
        {
            return "an empty item in the list.";
        }

        var (range, step) = SplitStep(item);
        if (step is not null && (!int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var by) || by < 1 || by > max))
        {
            return $"step '{step}' must be a whole number from 1 to {max}.";
        }

        if (range == "*")
        {
            return null;
        }

        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var first = dash < 0 ? range : range[..dash];
        if (ValueProblem(first) is { } problem)
        {
            return problem;
        }

        if (dash < 0)
        {
            return null;
        }

        var last = range[(dash + 1)..];
        return ValueProblem(last)
            ?? (RangeEnd(Value(first), Value(last)) < Value(first) ? $"the range '{range}' runs backwards." : null);
    }

    private string? ValueProblem(string token)
    {
        if (NameIndex(token) >= 0)
        {
            return null;
        }

        var kind = names is null ? "a number" : $"a number or a name ({names[0]}-{names[^1]})";
        return !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? $"'{token}' is not {kind}."
            : value < min || value > max ? $"{value} is out of range {min}-{max}."
            : null;
    }

    private int Value(string token) => NameIndex(token) is var index and >= 0 ? index + min : int.Parse(token, CultureInfo.InvariantCulture);

    private int NameIndex(string token) =>
        names is null ? -1 : Array.FindIndex(names, n => n.Equals(token, StringComparison.OrdinalIgnoreCase));

    // SAT-SUN is 6-7: a day-of-week range may end on Sunday written as 0 (or SUN).
    private int RangeEnd(int first, int last) => sevenIsSunday && last == 0 && first > 0 ? 7 : last;

    private static (string Range, string? Step) SplitStep(string item)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (item, null) : (item[..slash], item[(slash + 1)..]);
    }
}
