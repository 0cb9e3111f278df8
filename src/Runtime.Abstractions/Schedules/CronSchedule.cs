using System.Diagnostics.CodeAnalysis;

namespace DataSpine.Runtime.Schedules;

/// <summary>A cron expression read in a time zone (UTC unless one is named), as schedules are stored: text and an IANA zone id.</summary>
public sealed class CronSchedule
{
    private CronSchedule(CronExpression expression, TimeZoneInfo? timeZone)
    {
        Expression = expression;
        TimeZone = timeZone;
    }

    public CronExpression Expression { get; }

    /// <summary>The zone its wall-clock times are in; null for UTC.</summary>
    public TimeZoneInfo? TimeZone { get; }

    /// <summary>
    /// Parses <paramref name="expression"/> and finds <paramref name="timeZone"/> (an IANA id such as
    /// <c>Europe/Berlin</c>; null or empty for UTC). The error names the field, or the time zone.
    /// </summary>
    public static bool TryParse(string? expression, string? timeZone, [NotNullWhen(true)] out CronSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        if (!CronExpression.TryParse(expression, out var parsed, out error))
        {
            return false;
        }

        TimeZoneInfo? zone = null;
        if (!string.IsNullOrWhiteSpace(timeZone) && !TryFindZone(timeZone.Trim(), out zone))
        {
            error = $"'{timeZone}' is not a known IANA time zone (e.g. Europe/Berlin).";
            return false;
        }

        schedule = new CronSchedule(parsed, zone);
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>; null if the expression never occurs.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => TimeZone is null ? Expression.Next(after) : Expression.Next(after, TimeZone);

    public override string ToString() => TimeZone is null ? Expression.ToString() : $"{Expression} ({TimeZone.Id})";

    private static bool TryFindZone(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = null;
            return false;
        }
    }
}
