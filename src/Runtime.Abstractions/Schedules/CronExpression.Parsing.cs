using System.Diagnostics.CodeAnalysis;

namespace DataSpine.Runtime.Schedules;

public sealed partial class CronExpression
{
    private const string FiveFields = "minute hour day-of-month month day-of-week";

    private static readonly CronField s_second = new("second", 0, 59);
    private static readonly CronField s_minute = new("minute", 0, 59);
    private static readonly CronField s_hour = new("hour", 0, 23);
    private static readonly CronField s_dayOfMonth = new("day-of-month", 1, 31);
    private static readonly CronField s_month = new("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]);
    private static readonly CronField s_dayOfWeek = new("day-of-week", 0, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], sevenIsSunday: true);
    private static readonly CronField[] s_fields = [s_second, s_minute, s_hour, s_dayOfMonth, s_month, s_dayOfWeek];

    private static readonly Dictionary<string, string> s_macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> names the field and what is wrong with it.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CronExpression? expression, [NotNullWhen(false)] out string? error)
    {
        expression = null;
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = $"the expression is empty; expected {FiveFields}.";
            return false;
        }

        if (!TryExpandMacro(text, out var expanded, out error))
        {
            return false;
        }

        var fields = expanded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        if (fields.Length is not (5 or 6))
        {
            error = $"expected 5 fields ({FiveFields}) or 6 with a leading second, found {fields.Length}.";
            return false;
        }

        string[] texts = fields.Length == 6 ? fields : ["0", .. fields];
        var bits = new ulong[s_fields.Length];
        for (var i = 0; i < s_fields.Length; i++)
        {
            if (s_fields[i].Problem(texts[i]) is { } problem)
            {
                error = $"{s_fields[i].Name}: {problem}";
                return false;
            }

            bits[i] = s_fields[i].Bits(texts[i]);
        }

        var wildcardTime = texts[0].StartsWith('*') || texts[1].StartsWith('*') || texts[2].StartsWith('*');
        expression = new CronExpression(text, bits, texts[3].StartsWith('*'), texts[5].StartsWith('*'), wildcardTime);
        return true;
    }

    private static bool TryExpandMacro(string text, [NotNullWhen(true)] out string? expanded, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (!text.StartsWith('@'))
        {
            expanded = text;
            return true;
        }

        if (s_macros.TryGetValue(text, out expanded))
        {
            return true;
        }

        error = $"unknown macro '{text}'; expected one of {string.Join(", ", s_macros.Keys)}.";
        return false;
    }
}
