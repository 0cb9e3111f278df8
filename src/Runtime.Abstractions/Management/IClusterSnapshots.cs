namespace DataSpine.Runtime.Management;

/// <summary>
/// The snapshot of every live silo, for the dashboard and the cluster endpoints. A single node answers
/// with its own; a cluster implementation asks every live silo and returns their answers unmerged
/// (the dashboard merges them).
/// </summary>
public interface IClusterSnapshots
{
    Task<IReadOnlyList<SiloSnapshot>> GetSnapshotsAsync(CancellationToken cancellationToken);
}

/// <summary>
/// This silo's own snapshot, taken now: what a cluster implementation of <see cref="IClusterSnapshots"/>
/// asks each live silo for (served at GET /dashboard/api/silo).
/// </summary>
public interface ILocalSiloSnapshot
{
    SiloSnapshot Take();
}

/// <summary>
/// A durable reminder as the dashboard lists it (Orleans' reminder table row), with the silo ticking it when known;
/// <c>Schedule</c> is a cron reminder's expression and time zone (its period is then zero).
/// </summary>
public sealed record ReminderInfo(
    string GrainType,
    string GrainKey,
    string Name,
    DateTimeOffset StartAt,
    TimeSpan Period,
    DateTimeOffset? NextDue,
    string? Silo,
    string? Schedule = null);

/// <summary>Every reminder in the cluster. Reminders do not exist yet (issue 6): the default answers none.</summary>
public interface IClusterReminders
{
    Task<IReadOnlyList<ReminderInfo>> GetRemindersAsync(CancellationToken cancellationToken);
}
