namespace DataSpine.Runtime.Schedules;

/// <summary>
/// A cron expression: <c>minute hour day-of-month month day-of-week</c>, or six fields with a leading
/// <c>second</c>; <c>*</c>, lists, ranges, steps, JAN-DEC, SUN-SAT (7 is Sunday too) and the macros
/// @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly. Day semantics are Vixie cron's:
/// when neither day field starts with <c>*</c>, a day matching either of them is enough.
/// </summary>
public sealed partial class CronExpression
{
    private readonly string _text;
    private readonly ulong _seconds;
    private readonly ulong _minutes;
    private readonly ulong _hours;
    private readonly ulong _daysOfMonth;
    private readonly ulong _months;
    private readonly ulong _daysOfWeek;

    // Vixie cron's DOM_STAR and DOW_STAR: a day field starting with '*' (also "*/2") leaves the choice to the other.
    private readonly bool _anyDayOfMonth;
    private readonly bool _anyDayOfWeek;

    // Vixie cron's "jobs specified with wildcards": they run by the clock as it is across a DST change.
    private readonly bool _followsClockChanges;

    private CronExpression(string text, ulong[] fields, bool anyDayOfMonth, bool anyDayOfWeek, bool followsClockChanges)
    {
        _text = text;
        (_seconds, _minutes, _hours, _daysOfMonth, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        _anyDayOfMonth = anyDayOfMonth;
        _anyDayOfWeek = anyDayOfWeek;
        _followsClockChanges = followsClockChanges;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC; null if there is none (e.g. <c>0 0 30 2 *</c>).</summary>
    public DateTimeOffset? Next(DateTimeOffset after) =>
        NextWallTime(after.UtcDateTime) is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null;

    /// <summary>The expression as it was written (trimmed).</summary>
    public override string ToString() => _text;

    private static bool Has(ulong field, int value) => (field & (1UL << value)) != 0;
}
