using System.Globalization;
using DataSpine.Runtime.Schedules;

namespace DataSpine.Runtime.Tests.Schedules;

/// <summary>Short forms for the schedule tests: parse or fail loudly, and read or write instants as ISO 8601 UTC.</summary>
internal static class Cron
{
    public static CronExpression Parse(string text) =>
        CronExpression.TryParse(text, out var expression, out var error) ? expression : throw new ShouldAssertException(error);

    public static CronSchedule Schedule(string text, string zone) =>
        CronSchedule.TryParse(text, zone, out var schedule, out var error) ? schedule : throw new ShouldAssertException(error);

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string? Iso(DateTimeOffset? instant) =>
        instant?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The next <paramref name="count"/> occurrences after <paramref name="after"/>.</summary>
    public static string[] Following(Func<DateTimeOffset, DateTimeOffset?> next, string after, int count)
    {
        var occurrences = new List<string>();
        var at = At(after);
        for (var i = 0; i < count && next(at) is { } occurrence; i++)
        {
            occurrences.Add(Iso(occurrence)!);
            at = occurrence;
        }

        return [.. occurrences];
    }
}
