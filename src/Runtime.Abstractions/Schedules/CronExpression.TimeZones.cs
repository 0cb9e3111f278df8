namespace DataSpine.Runtime.Schedules;

public sealed partial class CronExpression
{
    private static readonly TimeSpan s_oneDay = TimeSpan.FromDays(1);
    private static readonly TimeSpan s_oneSecond = TimeSpan.FromSeconds(1);

    // UTC offsets run from -12:00 to +14:00, so a wall-clock time lies within this distance of its instant.
    private static readonly TimeSpan s_widestOffset = TimeSpan.FromHours(15);

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>, with the fields read as wall-clock times
    /// in <paramref name="zone"/>. Across a daylight-saving change it does what Vixie cron does: an
    /// expression with <c>*</c> in its second, minute or hour field follows the clock as it is (times the
    /// clock skips do not happen, a repeated hour runs again); any other runs each of its times once, a
    /// skipped time at the moment the clock jumps and a repeated time at its first occurrence.
    /// </summary>
    public DateTimeOffset? Next(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return _followsClockChanges ? NextByTheClock(after, zone) : NextOncePerWallTime(after, zone);
    }

    private DateTimeOffset? NextByTheClock(DateTimeOffset after, TimeZoneInfo zone)
    {
        var from = after;
        var wallAfter = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        while (NextWallTime(wallAfter) is { } wall)
        {
            // The instant the wall time has if the offset holds until then; if it changes on the way, go on from the change.
            var offset = zone.GetUtcOffset(from);
            var instant = new DateTimeOffset(wall - offset, TimeSpan.Zero);
            if (FirstOffsetChange(zone, from, instant, offset) is not { } change)
            {
                return instant;
            }

            from = change;
            wallAfter = TimeZoneInfo.ConvertTime(change, zone).DateTime - s_oneSecond;
        }

        return null;
    }

    private DateTimeOffset? NextOncePerWallTime(DateTimeOffset after, TimeZoneInfo zone)
    {
        var wallAfter = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        while (NextWallTime(wallAfter) is { } wall)
        {
            var instant = zone.IsInvalidTime(wall) ? WhenTheClockPasses(wall, zone)
                : zone.IsAmbiguousTime(wall) ? new DateTimeOffset(wall - zone.GetAmbiguousTimeOffsets(wall).Max(), TimeSpan.Zero)
                : new DateTimeOffset(wall - zone.GetUtcOffset(wall), TimeSpan.Zero);
            if (instant > after)
            {
                return instant;
            }

            wallAfter = wall; // a repeated hour's time that already ran in its first pass
        }

        return null;
    }

    /// <summary>The first instant in (from, to] whose offset is not <paramref name="offset"/>, looked for a day at a time.</summary>
    private static DateTimeOffset? FirstOffsetChange(TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to, TimeSpan offset)
    {
        for (var low = from; low < to; low += s_oneDay)
        {
            var high = to - low > s_oneDay ? low + s_oneDay : to;
            if (zone.GetUtcOffset(high) != offset)
            {
                return FirstInstant(low, high, t => zone.GetUtcOffset(t) != offset);
            }
        }

        return null;
    }

    /// <summary>The instant the clock jumped over <paramref name="wall"/>, a time that does not exist in <paramref name="zone"/>.</summary>
    private static DateTimeOffset WhenTheClockPasses(DateTime wall, TimeZoneInfo zone)
    {
        var asUtc = new DateTimeOffset(wall, TimeSpan.Zero);
        return FirstInstant(asUtc - s_widestOffset, asUtc + s_widestOffset, t => TimeZoneInfo.ConvertTime(t, zone).DateTime >= wall);
    }

    /// <summary>The first whole second in (low, high] where <paramref name="reached"/> holds; it must hold at high and stay true.</summary>
    private static DateTimeOffset FirstInstant(DateTimeOffset low, DateTimeOffset high, Func<DateTimeOffset, bool> reached)
    {
        low = new DateTimeOffset(low.UtcTicks - (low.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        while (high - low > s_oneSecond)
        {
            var middle = low + TimeSpan.FromSeconds(Math.Max(1, Math.Floor((high - low).TotalSeconds / 2)));
            (low, high) = reached(middle) ? (low, middle) : (middle, high);
        }

        return high;
    }
}
