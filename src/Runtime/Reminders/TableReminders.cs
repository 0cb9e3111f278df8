using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Management;

namespace DataSpine.Runtime.Reminders;

/// <summary>The dashboard's reminders: the table, with each reminder's next tick and the silo that owns its grain now.</summary>
internal sealed class TableReminders(IGrainFactory grains, IServiceProvider services) : IClusterReminders
{
    public async Task<IReadOnlyList<ReminderInfo>> GetRemindersAsync(CancellationToken cancellationToken)
    {
        var view = services.GetService<ClusterView>();
        var now = DateTimeOffset.UtcNow;
        var reminders = await grains.GetGrain<IReminderTableGrain>("all").ListAsync();
        return [.. reminders.Select(r => new ReminderInfo(r.GrainType, r.GrainKey, r.Name, r.StartAt, r.Period, NextDue(r, now),
            view?.OwnerOf(new GrainId(r.GrainType, r.GrainKey))?.ToString(), Schedule(r)))];
    }

    // A cron reminder's StartAt is its next occurrence (still there, overdue, until the tick that fires it is done).
    private static DateTimeOffset NextDue(ReminderEntry r, DateTimeOffset now) =>
        now < r.StartAt || r.Cron is not null ? r.StartAt : r.StartAt + (r.Period * (((long)((now - r.StartAt) / r.Period)) + 1));

    private static string? Schedule(ReminderEntry r) => r.Cron is null ? null : r.TimeZone is null ? r.Cron : $"{r.Cron} ({r.TimeZone})";
}
