namespace DataSpine.Runtime.Tests.Schedules;

/// <summary>Next occurrences in UTC: fields, lists, ranges, steps, names, macros, Vixie day semantics and leap years.</summary>
public sealed class CronExpressionTests
{
    [Theory]
    [InlineData("* * * * *", "2024-01-01T00:00:30Z", "2024-01-01T00:01:00Z")]
    [InlineData("0 * * * *", "2024-01-01T10:00:00Z", "2024-01-01T11:00:00Z")] // strictly after
    [InlineData("* * * * * *", "2024-01-01T00:00:00.999Z", "2024-01-01T00:00:01Z")]
    [InlineData("*/2 * * * * *", "2024-01-01T00:00:01.500Z", "2024-01-01T00:00:02Z")]
    [InlineData("*/2 * * * * *", "2024-01-01T00:00:58Z", "2024-01-01T00:01:00Z")]
    [InlineData("15,45 30 * * * *", "2024-01-01T10:30:20Z", "2024-01-01T10:30:45Z")]
    [InlineData("0 9,17 * * *", "2024-01-01T09:30:00Z", "2024-01-01T17:00:00Z")]
    [InlineData("0 9-11 * * *", "2024-01-01T11:00:00Z", "2024-01-02T09:00:00Z")]
    [InlineData("0 8-18/4 * * *", "2024-01-01T12:00:00Z", "2024-01-01T16:00:00Z")]
    [InlineData("0 8-18/4 * * *", "2024-01-01T16:00:00Z", "2024-01-02T08:00:00Z")]
    [InlineData("5/20 * * * *", "2024-01-01T10:26:00Z", "2024-01-01T10:45:00Z")]
    [InlineData("0 0 1 JUN *", "2024-01-01T00:00:00Z", "2024-06-01T00:00:00Z")]
    [InlineData("0 0 1 jun-aug/2 *", "2024-06-01T00:00:00Z", "2024-08-01T00:00:00Z")]
    [InlineData("0 0 * * MON-FRI", "2024-01-05T12:00:00Z", "2024-01-08T00:00:00Z")] // Friday → Monday
    [InlineData("0 0 * * 7", "2024-01-01T00:00:00Z", "2024-01-07T00:00:00Z")] // 7 is Sunday
    [InlineData("0 0 * * 5-7", "2024-01-07T00:00:00Z", "2024-01-12T00:00:00Z")]
    [InlineData("0 0 * * SAT-SUN", "2024-01-06T00:00:00Z", "2024-01-07T00:00:00Z")]
    [InlineData("0 0 * * Sun", "2024-01-01T00:00:00Z", "2024-01-07T00:00:00Z")]
    [InlineData("0 0 31 * *", "2024-04-01T00:00:00Z", "2024-05-31T00:00:00Z")] // April has no 31st
    [InlineData("0 0 1 1 *", "2024-12-31T23:59:59Z", "2025-01-01T00:00:00Z")]
    [InlineData("59 23 31 12 *", "2024-12-31T23:59:00Z", "2025-12-31T23:59:00Z")]
    [InlineData("0 0 29 2 *", "2024-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("0 0 29 2 *", "2096-03-01T00:00:00Z", "2104-02-29T00:00:00Z")] // 2100 is no leap year
    [InlineData("0 0 28 2 *", "2100-02-28T00:00:00Z", "2101-02-28T00:00:00Z")]
    [InlineData("@hourly", "2024-01-01T10:15:00Z", "2024-01-01T11:00:00Z")]
    [InlineData("@daily", "2024-01-01T10:15:00Z", "2024-01-02T00:00:00Z")]
    [InlineData("@midnight", "2024-01-01T10:15:00Z", "2024-01-02T00:00:00Z")]
    [InlineData("@weekly", "2024-01-01T10:15:00Z", "2024-01-07T00:00:00Z")]
    [InlineData("@monthly", "2024-01-31T10:15:00Z", "2024-02-01T00:00:00Z")]
    [InlineData("@yearly", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z")]
    [InlineData("@ANNUALLY", "2024-06-01T00:00:00Z", "2025-01-01T00:00:00Z")]
    [InlineData("  0   12  *  *  *  ", "2024-01-01T00:00:00Z", "2024-01-01T12:00:00Z")]
    public void next_is_the_first_occurrence_strictly_after(string text, string after, string expected)
    {
        Cron.Iso(Cron.Parse(text).Next(Cron.At(after))).ShouldBe(expected);
    }

    [Fact]
    public void when_both_day_fields_are_restricted_either_one_matching_is_enough()
    {
        // Friday the 13th in Vixie cron means every Friday and every 13th.
        Cron.Following(Cron.Parse("0 0 13 * FRI").Next, "2024-01-01T00:00:00Z", 4)
            .ShouldBe(["2024-01-05T00:00:00Z", "2024-01-12T00:00:00Z", "2024-01-13T00:00:00Z", "2024-01-19T00:00:00Z"]);
    }

    [Fact]
    public void a_day_field_starting_with_a_star_leaves_the_choice_to_the_other()
    {
        // Vixie cron: "*/2" counts as a star, so both must match: Fridays that fall on odd days.
        Cron.Following(Cron.Parse("0 0 */2 * FRI").Next, "2024-01-01T00:00:00Z", 3)
            .ShouldBe(["2024-01-05T00:00:00Z", "2024-01-19T00:00:00Z", "2024-02-09T00:00:00Z"]);
        Cron.Following(Cron.Parse("0 0 1 * *").Next, "2024-01-01T00:00:00Z", 2)
            .ShouldBe(["2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"]);
    }

    [Theory]
    [InlineData("0 0 30 2 *")]
    [InlineData("0 0 31 4,6,9,11 *")]
    [InlineData("0 0 30-31 FEB *")]
    public void an_expression_that_never_occurs_has_no_next(string text)
    {
        Cron.Parse(text).Next(Cron.At("2024-01-01T00:00:00Z")).ShouldBeNull();
    }

    [Fact]
    public void the_expression_keeps_its_text()
    {
        Cron.Parse("  */5 * * * MON ").ToString().ShouldBe("*/5 * * * MON");
    }

    [Fact]
    public void five_fields_start_on_the_minute_and_six_fields_on_their_second()
    {
        Cron.Following(Cron.Parse("*/20 * * * *").Next, "2024-01-01T00:00:00Z", 3)
            .ShouldBe(["2024-01-01T00:20:00Z", "2024-01-01T00:40:00Z", "2024-01-01T01:00:00Z"]);
        Cron.Following(Cron.Parse("*/20 * * * * *").Next, "2024-01-01T00:00:00Z", 3)
            .ShouldBe(["2024-01-01T00:00:20Z", "2024-01-01T00:00:40Z", "2024-01-01T00:01:00Z"]);
    }
}
