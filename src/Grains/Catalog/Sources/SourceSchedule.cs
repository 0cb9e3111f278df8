
namespace DataSpine.Grains.Catalog.Sources;

/// <summary>When a source scans by itself: every options.scanEvery from its last save, or at the times of options.scanSchedule.</summary>
internal static class SourceSchedule
{
    public static string? Problem(SourceOptions options)
    {
        if (options.ScanEvery is { } every && (every < TimeSpan.FromSeconds(1) || every > TimeSpan.FromDays(366)))
        {
            return "options.scanEvery must be between 00:00:01 and 366.00:00:00.";
        }

        if (options.ScanSchedule is null)
        {
            return options.ScanTimeZone is null ? null : "options.scanTimeZone goes with options.scanSchedule.";
        }

        if (options.ScanEvery is not null)
        {
            return "options.scanEvery and options.scanSchedule exclude each other; give one of them.";
        }

        if (!CronSchedule.TryParse(options.ScanSchedule, options.ScanTimeZone, out var schedule, out var problem))
        {
            return problem.Contains("time zone", StringComparison.Ordinal) ? $"options.scanTimeZone: {problem}" : $"options.scanSchedule: {problem}";
        }

        return schedule.Next(DateTimeOffset.UnixEpoch) is null ? "options.scanSchedule never occurs: no month has the day it names." : null;
    }

    /// <summary>The cron schedule of valid options (see <see cref="Problem"/>), or null when they have none.</summary>
    public static CronSchedule? Cron(SourceOptions options) =>
        options.ScanSchedule is { } cron && CronSchedule.TryParse(cron, options.ScanTimeZone, out var schedule, out _) ? schedule : null;

    /// <summary>When the schedule next starts a scan; an interval counts from <paramref name="savedAt"/>, as its reminder does.</summary>
    public static DateTimeOffset? NextScanAt(SourceOptions options, DateTimeOffset savedAt, DateTimeOffset now) =>
        options.ScanEvery is { } every ? savedAt + (every * (Math.Max(0, (long)((now - savedAt) / every)) + 1))
        : Cron(options)?.Next(now);
}
