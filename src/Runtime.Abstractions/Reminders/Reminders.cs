namespace DataSpine.Runtime.Reminders;

/// <summary>A grain that has reminders implements this; a reminder's tick is a call to it, in the grain's turn order.</summary>
public interface IRemindable
{
    Task ReceiveReminderAsync(string reminderName);
}

/// <summary>
/// A durable reminder, fired on whichever silo owns the grain then. It fires every <see cref="Period"/> from
/// <see cref="StartAt"/>; or, with a <see cref="Cron"/> schedule (and a zero period), at <see cref="StartAt"/>,
/// its next occurrence, which the silo that fires it then moves on to the following one. <see cref="TimeZone"/>
/// is the IANA zone the cron expression is read in (null for UTC).
/// </summary>
public sealed record ReminderEntry(
    string GrainType, string GrainKey, string Name, DateTimeOffset StartAt, TimeSpan Period, string? Cron = null, string? TimeZone = null);

/// <summary>The reminder table (one grain, key "all"; its state is in storage, so reminders outlive every silo).</summary>
public interface IReminderTableGrain : IGrainWithStringKey
{
    Task UpsertAsync(ReminderEntry entry);

    Task RemoveAsync(string grainType, string grainKey, string name);

    /// <summary>
    /// Moves a cron reminder that fired on to its <paramref name="next"/> occurrence (removes it when there is none),
    /// unless it was changed or removed since it fired.
    /// </summary>
    Task MoveOnAsync(ReminderEntry fired, DateTimeOffset? next);

    [ReadOnly]
    Task<IReadOnlyList<ReminderEntry>> ListAsync();
}
