using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace DataSpine.Grains.Catalog.Sources;

/// <summary>
/// A source's scanSchedule, read by Cronos in a time zone (UTC unless one is named): five fields, or six
/// with a leading second, and the macros. Cronos handles daylight-saving changes as cron does.
/// </summary>
internal sealed class CronSchedule
{
    private static readonly (string Name, string Allowed, string Blank)[] Fields =
    [
        ("second", "0-59", "*"), ("minute", "0-59", "*"), ("hour", "0-23", "*"),
        ("day-of-month", "1-31 or L", "*"), ("month", "1-12 or JAN-DEC", "*"), ("day-of-week", "0-7 or SUN-SAT", "*"),
    ];

    private readonly CronExpression _expression;
    private readonly TimeZoneInfo _zone;

    private CronSchedule(CronExpression expression, TimeZoneInfo zone) => (_expression, _zone) = (expression, zone);

    /// <summary>Parses the expression and finds the IANA zone (null or empty: UTC); the error names the field or the zone.</summary>
    public static bool TryParse(string? expression, string? timeZone, [NotNullWhen(true)] out CronSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        var text = expression?.Trim() ?? "";
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!text.StartsWith('@') && fields.Length is not (5 or 6))
        {
            error = $"expected 5 fields (minute hour day-of-month month day-of-week) or 6 with a leading second, found {fields.Length}.";
            return false;
        }

        var format = fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        if (!CronExpression.TryParse(text, format, out var parsed))
        {
            error = FieldProblem(fields) ?? $"'{text}' is not a cron expression.";
            return false;
        }

        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrWhiteSpace(timeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out zone))
        {
            error = $"'{timeZone}' is not a known IANA time zone (e.g. Europe/Berlin).";
            return false;
        }

        schedule = new CronSchedule(parsed, zone);
        error = null;
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>; null if the expression never occurs.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => _expression.GetNextOccurrence(after, _zone);

    /// <summary>
    /// Cronos says only that an expression is invalid; each field is tried alone (every other field '*')
    /// so that the error names the one that is wrong.
    /// </summary>
    private static string? FieldProblem(string[] fields)
    {
        var offset = fields.Length == 6 ? 0 : 1;
        for (var i = 0; i < fields.Length; i++)
        {
            var probe = Fields.Skip(offset).Select(f => f.Blank).ToArray();
            probe[i] = fields[i];
            if (!CronExpression.TryParse(string.Join(' ', probe), offset == 0 ? CronFormat.IncludeSeconds : CronFormat.Standard, out _))
            {
                var (name, allowed, _) = Fields[i + offset];
                return $"{name}: '{fields[i]}' is not valid (allowed: {allowed}, lists, ranges and steps).";
            }
        }

        return null;
    }
}
