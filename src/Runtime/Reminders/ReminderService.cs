using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Schedules;
using DataSpine.Runtime.Types;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Runtime.Reminders;

/// <summary>
/// Fires the reminders of grains this silo owns: it reads the table every poll period and delivers each
/// due tick to the grain as a call (so it runs in the grain's turn order). Only the owner fires, so when a
/// silo dies its grains' reminders fire on their new owners. A tick missed while no silo owned the grain
/// fires once, not once per missed period. A cron reminder fires at the occurrence the table holds and is then
/// moved on to the next, so a missed occurrence likewise fires once, late.
/// </summary>
internal sealed partial class ReminderService(
    IGrainFactory grains,
    GrainTypeRegistry types,
    ActivationDirectory directory,
    ClusterView view,
    ClusterOptions options,
    TimeProvider clock,
    ILogger<ReminderService> logger) : BackgroundService
{
    private static readonly System.Reflection.MethodInfo s_receive = typeof(IRemindable).GetMethod(nameof(IRemindable.ReceiveReminderAsync))!;
    private static readonly TimeSpan s_slowPoll = TimeSpan.FromSeconds(5);
    private readonly Dictionary<(string, string, string), DateTimeOffset> _lastFired = [];
    private readonly Dictionary<string, GrainMethod?> _receivers = [];
    private readonly Dictionary<(string, string, string), (ReminderEntry Fired, Task Tick)> _firedOnSchedule = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Role != ClusterRole.Silo)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.ReminderPollPeriod);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var started = clock.GetTimestamp();
            try
            {
                await FireDueAsync();
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(error);
            }

            if (clock.GetElapsedTime(started) is var took && took > s_slowPoll)
            {
                LogSlowPoll(took.TotalSeconds);
            }
        }
    }

    private async Task FireDueAsync()
    {
        var table = grains.GetGrain<IReminderTableGrain>("all");
        await MoveSchedulesOnAsync(table);
        var now = clock.GetUtcNow();
        foreach (var reminder in await table.ListAsync())
        {
            var id = new GrainId(reminder.GrainType, reminder.GrainKey);
            var key = (reminder.GrainType, reminder.GrainKey, reminder.Name);
            if (!view.IsOwnedHere(id) || now < reminder.StartAt)
            {
                _lastFired.Remove(key);
                continue;
            }

            var due = LatestDue(reminder, now);
            if (_lastFired.TryGetValue(key, out var last) && last >= due)
            {
                continue;
            }

            if (!_lastFired.ContainsKey(key))
            {
                LogFiresHere(reminder.Name, id, due);
            }

            _lastFired[key] = due;
            var tick = Fire(id, reminder);
            if (reminder.Cron is not null)
            {
                _firedOnSchedule[key] = (reminder, tick);
            }
        }
    }

    /// <summary>The latest tick due by now: a periodic reminder's last period start, a cron reminder's occurrence in the table.</summary>
    private static DateTimeOffset LatestDue(ReminderEntry reminder, DateTimeOffset now) => reminder.Cron is null
        ? reminder.StartAt + (reminder.Period * (long)((now - reminder.StartAt) / reminder.Period))
        : reminder.StartAt;

    /// <summary>
    /// Moves each cron reminder whose tick is done on to its first occurrence after now, in the table: until then
    /// the table still holds the occurrence that fired, so if this silo dies first, the grain's next owner fires it
    /// again rather than never. A failed write is tried again at the next poll.
    /// </summary>
    private async Task MoveSchedulesOnAsync(IReminderTableGrain table)
    {
        foreach (var (key, (fired, tick)) in _firedOnSchedule.Where(f => f.Value.Tick.IsCompleted).ToList())
        {
            if (Moved(tick))
            {
                _lastFired.Remove(key); // the grain's new owner fires this occurrence
            }
            else if (CronSchedule.TryParse(fired.Cron, fired.TimeZone, out var schedule, out var problem))
            {
                var now = clock.GetUtcNow();
                await table.MoveOnAsync(fired, schedule.Next(now > fired.StartAt ? now : fired.StartAt));
            }
            else
            {
                LogUnreadableSchedule(fired.GrainType, fired.GrainKey, fired.Name, problem);
            }

            _firedOnSchedule.Remove(key);
        }
    }

    private Task Fire(GrainId id, ReminderEntry reminder)
    {
        if (!_receivers.TryGetValue(reminder.GrainType, out var receive))
        {
            var type = types.All.FirstOrDefault(t => t.Name == reminder.GrainType && typeof(IRemindable).IsAssignableFrom(t.Implementation));
            _receivers[reminder.GrainType] = receive = type is null ? null : GrainMethodCompiler.Compile(s_receive, type);
        }

        if (receive is null)
        {
            LogNotRemindable(reminder.GrainType, reminder.Name);
            return Task.CompletedTask;
        }

        var tick = new Request<object?>(receive, [reminder.Name], copier: null);
        directory.Deliver(receive.Owner, id, tick);
        tick.Task.ContinueWith(
            t =>
            {
                if (!Moved(t))
                {
                    LogTickFailed(t.Exception!, id, reminder.Name);
                }
            },
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return tick.Task;
    }

    /// <summary>The tick was refused because the grain moved to another silo since this poll read the table.</summary>
    private static bool Moved(Task tick) => tick.Exception?.InnerException is NotOwnerException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the reminder table failed; will retry")]
    private partial void LogPollFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the reminder table and firing what is due took {Seconds:0.0} s; ticks wait meanwhile")]
    private partial void LogSlowPoll(double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder {Name} of {Grain} fires on this silo from now (tick due {Due:O})")]
    private partial void LogFiresHere(string name, GrainId grain, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Name} is for grain type {GrainType}, which does not implement IRemindable here")]
    private partial void LogNotRemindable(string grainType, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainType}/{GrainKey} has a schedule this silo cannot read ({Problem}); left as it is")]
    private partial void LogUnreadableSchedule(string grainType, string grainKey, string name, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Name} of {Grain} failed")]
    private partial void LogTickFailed(Exception error, GrainId grain, string name);
}
