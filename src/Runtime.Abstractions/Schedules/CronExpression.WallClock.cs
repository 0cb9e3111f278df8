using System.Numerics;

namespace DataSpine.Runtime.Schedules;

public sealed partial class CronExpression
{
    // A day-of-month that exists at all comes round within 8 years (29 February, across a century that is no leap year).
    private const int SearchYears = 9;

    /// <summary>
    /// The first wall-clock time after <paramref name="after"/> (to the second) that the fields allow, found
    /// field by field from the month down: a field that does not match skips to its next allowed value.
    /// </summary>
    private DateTime? NextWallTime(DateTime after)
    {
        if (after.Year > DateTime.MaxValue.Year - SearchYears - 1)
        {
            return null;
        }

        var t = new DateTime(after.Year, after.Month, after.Day, after.Hour, after.Minute, after.Second).AddSeconds(1);
        var lastYear = t.Year + SearchYears;
        while (t.Year <= lastYear)
        {
            if (!Has(_months, t.Month))
            {
                var month = NextAllowed(_months, t.Month);
                t = month < 0 ? new DateTime(t.Year + 1, 1, 1) : new DateTime(t.Year, month, 1);
            }
            else if (!DayMatches(t))
            {
                t = t.Date.AddDays(1);
            }
            else if (!Has(_hours, t.Hour))
            {
                var hour = NextAllowed(_hours, t.Hour);
                t = hour < 0 ? t.Date.AddDays(1) : t.Date.AddHours(hour);
            }
            else if (!Has(_minutes, t.Minute))
            {
                var minute = NextAllowed(_minutes, t.Minute);
                var hourStart = t.Date.AddHours(t.Hour);
                t = minute < 0 ? hourStart.AddHours(1) : hourStart.AddMinutes(minute);
            }
            else if (!Has(_seconds, t.Second))
            {
                var second = NextAllowed(_seconds, t.Second);
                var minuteStart = t.Date.AddHours(t.Hour).AddMinutes(t.Minute);
                t = second < 0 ? minuteStart.AddMinutes(1) : minuteStart.AddSeconds(second);
            }
            else
            {
                return t;
            }
        }

        return null;
    }

    private bool DayMatches(DateTime day)
    {
        var byMonth = Has(_daysOfMonth, day.Day);
        var byWeek = Has(_daysOfWeek, (int)day.DayOfWeek);
        return _anyDayOfMonth || _anyDayOfWeek ? byMonth && byWeek : byMonth || byWeek;
    }

    /// <summary>The smallest allowed value above <paramref name="value"/>, or -1.</summary>
    private static int NextAllowed(ulong field, int value)
    {
        var above = value >= 63 ? 0 : field & (ulong.MaxValue << (value + 1));
        return above == 0 ? -1 : BitOperations.TrailingZeroCount(above);
    }
}
