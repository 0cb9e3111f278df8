using DataSpine.Runtime;
using DataSpine.Runtime.Reminders;
using DataSpine.Runtime.Schedules;

namespace DataSpine.Cluster.TestGrains;

/// <summary>Counts the ticks of a durable reminder (periodic or on a cron schedule), in its state.</summary>
public interface ITickerGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period);

    Task StartOnScheduleAsync(string cron);

    Task StopAsync();

    [ReadOnly]
    Task<int> GetTicksAsync();
}

public sealed record TickerState
{
    public int Ticks { get; set; }
}

public sealed class TickerGrain([PersistentState("ticker")] IPersistentState<TickerState> ticker) : Grain, ITickerGrain, IRemindable
{
    public Task StartAsync(TimeSpan period) => RegisterOrUpdateReminderAsync("tick", period, period);

    public Task StartOnScheduleAsync(string cron) =>
        CronSchedule.TryParse(cron, null, out var schedule, out var error) ? RegisterOrUpdateReminderAsync("tick", schedule) : throw new ArgumentException(error);

    public Task StopAsync() => UnregisterReminderAsync("tick");

    public Task<int> GetTicksAsync() => Task.FromResult(ticker.State.Ticks);

    public async Task ReceiveReminderAsync(string reminderName)
    {
        ticker.State.Ticks++;
        await ticker.WriteStateAsync();
    }
}
