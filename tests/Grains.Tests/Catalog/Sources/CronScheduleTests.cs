using DataSpine.Grains.Catalog.Sources;

namespace DataSpine.Grains.Tests.Catalog.Sources;

/// <summary>What a source's scanSchedule means, as docs/api.md states it (Cronos underneath).</summary>
public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset? Next(string cron, DateTimeOffset after, string? zone = null)
    {
        CronSchedule.TryParse(cron, zone, out var schedule, out var error).ShouldBeTrue(error);
        return schedule!.Next(after);
    }

    [Fact]
    public void five_fields_are_minutes_and_six_fields_lead_with_seconds()
    {
        Next("30 2 * * MON-FRI", Monday).ShouldBe(new DateTimeOffset(2026, 3, 3, 2, 30, 0, TimeSpan.Zero));
        Next("*/10 * * * * *", Monday).ShouldBe(Monday.AddSeconds(10));
        Next("@hourly", Monday).ShouldBe(Monday.AddHours(1));
    }

    [Fact]
    public void both_day_fields_restricted_need_a_day_that_matches_both()
    {
        // Cronos, unlike Vixie cron: the first Friday (6 March) is not enough, Friday the 13th is.
        Next("0 0 13 * FRI", Monday).ShouldBe(new DateTimeOffset(2026, 3, 13, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void times_are_read_in_the_named_zone_and_a_skipped_time_runs_when_the_clock_jumps()
    {
        // Berlin springs forward on 29 March 2026 at 02:00 → 03:00: 02:30 does not exist that day.
        var beforeJump = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);
        Next("30 2 * * *", beforeJump, "Europe/Berlin").ShouldBe(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero));
        Next("0 3 * * *", Monday, "Europe/Berlin").ShouldBe(new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("61 * * * *", "minute: '61' is not valid (allowed: 0-59, lists, ranges and steps).")]
    [InlineData("0 0 * * MON-FUN", "day-of-week: 'MON-FUN' is not valid (allowed: 0-7 or SUN-SAT, lists, ranges and steps).")]
    [InlineData("* * * *", "expected 5 fields (minute hour day-of-month month day-of-week) or 6 with a leading second, found 4.")]
    [InlineData("70 * * * * *", "second: '70' is not valid (allowed: 0-59, lists, ranges and steps).")]
    public void a_bad_expression_names_its_field(string cron, string error)
    {
        CronSchedule.TryParse(cron, null, out _, out var problem).ShouldBeFalse();
        problem.ShouldBe(error);
    }

    [Fact]
    public void an_unknown_zone_and_a_date_that_never_comes_are_told_apart()
    {
        CronSchedule.TryParse("@daily", "Mars/Olympus_Mons", out _, out var problem).ShouldBeFalse();
        problem.ShouldBe("'Mars/Olympus_Mons' is not a known IANA time zone (e.g. Europe/Berlin).");
        Next("0 0 30 2 *", Monday).ShouldBeNull();
    }
}
