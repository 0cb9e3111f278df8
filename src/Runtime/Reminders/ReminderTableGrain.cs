using DataSpine.Runtime.Schedules;

namespace DataSpine.Runtime.Reminders;

public sealed record ReminderTableState
{
    public List<ReminderEntry> Reminders { get; set; } = [];
}

/// <summary>
/// The reminder table. Every silo's reminder service reads it at every poll, so while views of membership
/// converge after a join, two silos can each briefly hold an activation of it: a write through one leaves the
/// other's copy stale, and a copy that is only read would never learn (all silos then saw no reminders). So
/// every operation starts from storage, and a change that lost the race to another copy is made again on what won.
/// </summary>
internal sealed class ReminderTableGrain([PersistentState("reminders")] IPersistentState<ReminderTableState> table) : Grain, IReminderTableGrain
{
    private const int Attempts = 5;
    private static readonly TimeSpan s_shortestPeriod = TimeSpan.FromMilliseconds(500);

    public Task UpsertAsync(ReminderEntry entry)
    {
        if (entry.Cron is not null && !CronSchedule.TryParse(entry.Cron, entry.TimeZone, out _, out var problem))
        {
            throw new ArgumentException($"A reminder's cron schedule is invalid: {problem}");
        }

        if (entry.Cron is null && entry.Period < s_shortestPeriod)
        {
            throw new ArgumentException($"A reminder's period is at least {s_shortestPeriod.TotalMilliseconds} ms.");
        }

        return ChangeAsync(reminders =>
        {
            reminders.RemoveAll(r => Same(r, entry.GrainType, entry.GrainKey, entry.Name));
            reminders.Add(entry);
            return true;
        });
    }

    public Task RemoveAsync(string grainType, string grainKey, string name) =>
        ChangeAsync(reminders => reminders.RemoveAll(r => Same(r, grainType, grainKey, name)) > 0);

    public Task MoveOnAsync(ReminderEntry fired, DateTimeOffset? next) => ChangeAsync(reminders =>
    {
        var index = reminders.IndexOf(fired);
        if (index < 0)
        {
            return false; // re-registered or removed meanwhile (perhaps by the very tick that fired): that stands
        }

        if (next is { } at)
        {
            reminders[index] = fired with { StartAt = at };
        }
        else
        {
            reminders.RemoveAt(index);
        }

        return true;
    });

    public async Task<IReadOnlyList<ReminderEntry>> ListAsync()
    {
        await table.ReadStateAsync();
        return [.. table.State.Reminders];
    }

    /// <summary>Applies a change to the stored table (none when it answers false), again on a fresh read if another copy wrote first.</summary>
    private async Task ChangeAsync(Func<List<ReminderEntry>, bool> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            await table.ReadStateAsync();
            if (!change(table.State.Reminders))
            {
                return;
            }

            try
            {
                await table.WriteStateAsync();
                return;
            }
            catch (InconsistentStateException) when (attempt < Attempts)
            {
                // another copy of this grain wrote since the read
            }
        }
    }

    private static bool Same(ReminderEntry r, string type, string key, string name) => r.GrainType == type && r.GrainKey == key && r.Name == name;
}
