using DataSpine.Runtime.Schedules;

namespace DataSpine.Runtime.Reminders;

public sealed record ReminderTableState
{
    public List<ReminderEntry> Reminders { get; set; } = [];
}

internal sealed class ReminderTableGrain([PersistentState("reminders")] IPersistentState<ReminderTableState> table) : Grain, IReminderTableGrain
{
    private static readonly TimeSpan s_shortestPeriod = TimeSpan.FromMilliseconds(500);

    public async Task UpsertAsync(ReminderEntry entry)
    {
        if (entry.Cron is not null && !CronSchedule.TryParse(entry.Cron, entry.TimeZone, out _, out var problem))
        {
            throw new ArgumentException($"A reminder's cron schedule is invalid: {problem}");
        }

        if (entry.Cron is null && entry.Period < s_shortestPeriod)
        {
            throw new ArgumentException($"A reminder's period is at least {s_shortestPeriod.TotalMilliseconds} ms.");
        }

        table.State.Reminders.RemoveAll(r => Same(r, entry.GrainType, entry.GrainKey, entry.Name));
        table.State.Reminders.Add(entry);
        await table.WriteStateAsync();
    }

    public async Task RemoveAsync(string grainType, string grainKey, string name)
    {
        if (table.State.Reminders.RemoveAll(r => Same(r, grainType, grainKey, name)) > 0)
        {
            await table.WriteStateAsync();
        }
    }

    public async Task MoveOnAsync(ReminderEntry fired, DateTimeOffset? next)
    {
        var index = table.State.Reminders.IndexOf(fired);
        if (index < 0)
        {
            return; // re-registered or removed meanwhile (perhaps by the very tick that fired): that stands
        }

        if (next is { } at)
        {
            table.State.Reminders[index] = fired with { StartAt = at };
        }
        else
        {
            table.State.Reminders.RemoveAt(index);
        }

        await table.WriteStateAsync();
    }

    public Task<IReadOnlyList<ReminderEntry>> ListAsync() => Task.FromResult<IReadOnlyList<ReminderEntry>>([.. table.State.Reminders]);

    private static bool Same(ReminderEntry r, string type, string key, string name) => r.GrainType == type && r.GrainKey == key && r.Name == name;
}
