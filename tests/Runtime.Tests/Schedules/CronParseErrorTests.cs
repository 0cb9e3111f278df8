using DataSpine.Runtime.Schedules;

namespace DataSpine.Runtime.Tests.Schedules;

/// <summary>A refused expression says which field is wrong and how.</summary>
public sealed class CronParseErrorTests
{
    [Theory]
    [InlineData("", "the expression is empty; expected minute hour day-of-month month day-of-week.")]
    [InlineData("   ", "the expression is empty; expected minute hour day-of-month month day-of-week.")]
    [InlineData("* * * *", "expected 5 fields (minute hour day-of-month month day-of-week) or 6 with a leading second, found 4.")]
    [InlineData("* * * * * * *", "expected 5 fields (minute hour day-of-month month day-of-week) or 6 with a leading second, found 7.")]
    [InlineData("60 * * * *", "minute: 60 is out of range 0-59.")]
    [InlineData("* 24 * * *", "hour: 24 is out of range 0-23.")]
    [InlineData("* * 0 * *", "day-of-month: 0 is out of range 1-31.")]
    [InlineData("* * 32 * *", "day-of-month: 32 is out of range 1-31.")]
    [InlineData("* * * 13 *", "month: 13 is out of range 1-12.")]
    [InlineData("* * * * 8", "day-of-week: 8 is out of range 0-7.")]
    [InlineData("61 * * * * *", "second: 61 is out of range 0-59.")]
    [InlineData("* * * FOO *", "month: 'FOO' is not a number or a name (JAN-DEC).")]
    [InlineData("* * * * MON-FUN", "day-of-week: 'FUN' is not a number or a name (SUN-SAT).")]
    [InlineData("MON * * * *", "minute: 'MON' is not a number.")]
    [InlineData("1.5 * * * *", "minute: '1.5' is not a number.")]
    [InlineData("*/0 * * * *", "minute: step '0' must be a whole number from 1 to 59.")]
    [InlineData("* */x * * *", "hour: step 'x' must be a whole number from 1 to 23.")]
    [InlineData("5-1 * * * *", "minute: the range '5-1' runs backwards.")]
    [InlineData("* * * DEC-JAN *", "month: the range 'DEC-JAN' runs backwards.")]
    [InlineData("1,,2 * * * *", "minute: an empty item in the list.")]
    [InlineData("1, * * * *", "minute: an empty item in the list.")]
    [InlineData("* * * * * -1", "day-of-week: '' is not a number or a name (SUN-SAT).")]
    [InlineData("@reboot", "unknown macro '@reboot'; expected one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly.")]
    public void a_bad_expression_is_refused_with_the_field_and_the_reason(string text, string expected)
    {
        CronExpression.TryParse(text, out var expression, out var error).ShouldBeFalse();
        expression.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void null_is_an_empty_expression()
    {
        CronExpression.TryParse(null, out _, out var error).ShouldBeFalse();
        error.ShouldStartWith("the expression is empty");
    }

    [Theory]
    [InlineData("0 0 * * 0-7")]
    [InlineData("0 0 * * sat-sun")]
    [InlineData("*/59 */23 */31 */12 */7")]
    [InlineData("0 0 1,15 JAN,jul Mon")]
    [InlineData("@Daily")]
    public void these_are_valid(string text)
    {
        CronExpression.TryParse(text, out _, out var error).ShouldBeTrue(error);
    }

    [Fact]
    public void an_unknown_time_zone_is_refused()
    {
        CronSchedule.TryParse("* * * * *", "Mars/Olympus_Mons", out _, out var error).ShouldBeFalse();
        error.ShouldBe("'Mars/Olympus_Mons' is not a known IANA time zone (e.g. Europe/Berlin).");
    }

    [Fact]
    public void a_bad_expression_is_refused_before_its_time_zone_is_looked_at()
    {
        CronSchedule.TryParse("* * *", "Europe/Berlin", out _, out var error).ShouldBeFalse();
        error.ShouldStartWith("expected 5 fields");
    }
}
