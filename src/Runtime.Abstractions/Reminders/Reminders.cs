namespace DataSpine.Runtime.Reminders;

/// <summary>A grain that has reminders implements this; a reminder's tick is a call to it, in the grain's turn order.</summary>
public interface IRemindable
{
    Task ReceiveReminderAsync(string reminderName);
}

/// <summary>A durable reminder: fires every <see cref="Period"/> from <see cref="StartAt"/>, on whichever silo owns the grain then.</summary>
public sealed record ReminderEntry(string GrainType, string GrainKey, string Name, DateTimeOffset StartAt, TimeSpan Period);

/// <summary>The reminder table (one grain, key "all"; its state is in storage, so reminders outlive every silo).</summary>
public interface IReminderTableGrain : IGrainWithStringKey
{
    Task UpsertAsync(ReminderEntry entry);

    Task RemoveAsync(string grainType, string grainKey, string name);

    [ReadOnly]
    Task<IReadOnlyList<ReminderEntry>> ListAsync();
}
