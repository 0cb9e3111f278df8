namespace DataSpine.Runtime.Tests.Schedules;

/// <summary>
/// Schedules in a time zone across daylight-saving changes (Vixie cron's rules): Europe/Berlin went from
/// 02:00 CET to 03:00 CEST at 2024-03-31T01:00Z and from 03:00 CEST back to 02:00 CET at 2024-10-27T01:00Z.
/// </summary>
public sealed class CronTimeZoneTests
{
    private const string Berlin = "Europe/Berlin";

    [Theory]
    [InlineData("0 9 * * *", "2024-01-10T00:00:00Z", "2024-01-10T08:00:00Z")] // CET, +01:00
    [InlineData("0 9 * * *", "2024-07-10T00:00:00Z", "2024-07-10T07:00:00Z")] // CEST, +02:00
    [InlineData("0 0 1 * *", "2024-01-01T00:00:00Z", "2024-01-31T23:00:00Z")] // midnight on the 1st is the evening before in UTC
    public void wall_clock_times_are_read_in_the_zone(string text, string after, string expected)
    {
        Cron.Iso(Cron.Schedule(text, Berlin).Next(Cron.At(after))).ShouldBe(expected);
    }

    [Fact]
    public void a_fixed_time_the_clock_skips_runs_when_it_jumps_then_as_usual()
    {
        Cron.Following(Cron.Schedule("30 2 * * *", Berlin).Next, "2024-03-30T12:00:00Z", 2)
            .ShouldBe(["2024-03-31T01:00:00Z", "2024-04-01T00:30:00Z"]);
    }

    [Fact]
    public void several_skipped_fixed_times_run_once_at_the_jump()
    {
        Cron.Following(Cron.Schedule("0,15,30,45 2 * * *", Berlin).Next, "2024-03-30T12:00:00Z", 2)
            .ShouldBe(["2024-03-31T01:00:00Z", "2024-04-01T00:00:00Z"]);
    }

    [Fact]
    public void a_fixed_time_in_the_repeated_hour_runs_once_in_its_first_pass()
    {
        Cron.Following(Cron.Schedule("30 2 * * *", Berlin).Next, "2024-10-26T12:00:00Z", 2)
            .ShouldBe(["2024-10-27T00:30:00Z", "2024-10-28T01:30:00Z"]);
    }

    [Fact]
    public void a_fixed_time_asked_for_during_the_second_pass_waits_for_the_next_day()
    {
        Cron.Iso(Cron.Schedule("30 2 * * *", Berlin).Next(Cron.At("2024-10-27T01:10:00Z"))).ShouldBe("2024-10-28T01:30:00Z");
    }

    [Fact]
    public void a_wildcard_schedule_follows_the_clock_over_the_skipped_hour()
    {
        // 01:30 CET, then 03:30 CEST an hour later: 02:30 does not happen.
        Cron.Following(Cron.Schedule("30 * * * *", Berlin).Next, "2024-03-31T00:00:00Z", 3)
            .ShouldBe(["2024-03-31T00:30:00Z", "2024-03-31T01:30:00Z", "2024-03-31T02:30:00Z"]);
    }

    [Fact]
    public void a_wildcard_schedule_keeps_its_pace_through_the_repeated_hour()
    {
        // 02:00 and 02:30 CEST, then 02:00 and 02:30 CET again, then 03:00 CET.
        Cron.Following(Cron.Schedule("*/30 * * * *", Berlin).Next, "2024-10-26T23:50:00Z", 5)
            .ShouldBe(["2024-10-27T00:00:00Z", "2024-10-27T00:30:00Z", "2024-10-27T01:00:00Z", "2024-10-27T01:30:00Z", "2024-10-27T02:00:00Z"]);
    }

    [Fact]
    public void a_wildcard_schedule_asked_for_late_in_the_first_pass_goes_on_into_the_second()
    {
        Cron.Iso(Cron.Schedule("*/15 * * * *", Berlin).Next(Cron.At("2024-10-27T00:50:00Z"))).ShouldBe("2024-10-27T01:00:00Z");
    }

    [Fact]
    public void a_half_hour_jump_is_found_too()
    {
        // Lord Howe Island moves from +10:30 to +11:00 at 02:00 local on 2024-10-06 (15:30Z the day before).
        Cron.Following(Cron.Schedule("15 2 * * *", "Australia/Lord_Howe").Next, "2024-10-05T00:00:00Z", 2)
            .ShouldBe(["2024-10-05T15:30:00Z", "2024-10-06T15:15:00Z"]);
    }

    [Fact]
    public void a_daily_time_in_new_york_is_23_and_25_hours_apart_on_the_change_days()
    {
        var next = Cron.Following(Cron.Schedule("0 9 * * *", "America/New_York").Next, "2024-03-09T00:00:00Z", 2);
        next.ShouldBe(["2024-03-09T14:00:00Z", "2024-03-10T13:00:00Z"]);
        Cron.Following(Cron.Schedule("0 9 * * *", "America/New_York").Next, "2024-11-02T00:00:00Z", 2)
            .ShouldBe(["2024-11-02T13:00:00Z", "2024-11-03T14:00:00Z"]);
    }

    [Fact]
    public void a_wildcard_schedule_far_away_is_found_across_the_changes_in_between()
    {
        // Every minute of the first hour of 29 February, Berlin time: four years and many clock changes ahead.
        Cron.Iso(Cron.Schedule("* 0 29 2 *", Berlin).Next(Cron.At("2024-03-01T00:00:00Z"))).ShouldBe("2028-02-28T23:00:00Z");
    }

    [Fact]
    public void the_utc_zone_gives_what_no_zone_gives()
    {
        var after = Cron.At("2024-05-05T05:05:05Z");
        foreach (var text in new[] { "*/7 * * * * *", "0 3 * * MON", "30 2 29 2 *" })
        {
            Cron.Schedule(text, "UTC").Next(after).ShouldBe(Cron.Parse(text).Next(after), text);
        }
    }
}
