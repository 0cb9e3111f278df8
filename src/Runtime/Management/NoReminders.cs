namespace DataSpine.Runtime.Management;

/// <summary>Reminders do not exist yet (issue 6); until they do the cluster has none to list.</summary>
internal sealed class NoReminders : IClusterReminders
{
    public Task<IReadOnlyList<ReminderInfo>> GetRemindersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReminderInfo>>([]);
}
