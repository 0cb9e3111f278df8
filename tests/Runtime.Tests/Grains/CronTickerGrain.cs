using DataSpine.Runtime.Reminders;
using DataSpine.Runtime.Schedules;

namespace DataSpine.Runtime.Tests.Grains;

/// <summary>Notes when its cron reminder fires; can drop the reminder from inside a tick.</summary>
public interface ICronTickerGrain : IGrainWithStringKey
{
    Task ScheduleAsync(string cron);

    Task UnregisterOnNextTickAsync();

    [ReadOnly]
    Task<IReadOnlyList<DateTimeOffset>> GetTicksAsync();
}

[GrainType("cron-ticker")]
public sealed class CronTickerGrain : Grain, ICronTickerGrain, IRemindable
{
    public const string Reminder = "tick";

    private readonly List<DateTimeOffset> _ticks = [];
    private bool _unregisterOnTick;

    public Task ScheduleAsync(string cron) =>
        CronSchedule.TryParse(cron, null, out var schedule, out var error)
            ? RegisterOrUpdateReminderAsync(Reminder, schedule)
            : throw new ArgumentException(error);

    public Task UnregisterOnNextTickAsync()
    {
        _unregisterOnTick = true;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DateTimeOffset>> GetTicksAsync() => Task.FromResult<IReadOnlyList<DateTimeOffset>>([.. _ticks]);

    public async Task ReceiveReminderAsync(string reminderName)
    {
        _ticks.Add(DateTimeOffset.UtcNow);
        if (_unregisterOnTick)
        {
            await UnregisterReminderAsync(Reminder);
        }
    }
}
