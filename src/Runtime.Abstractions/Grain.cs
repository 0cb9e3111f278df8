namespace DataSpine.Runtime;

/// <summary>Base class of every grain (Orleans' <c>Grain</c>). The runtime sets the context before activation.</summary>
public abstract class Grain
{
    private IGrainContext? _context;

    /// <summary>The activation this instance runs in; available from <see cref="OnActivateAsync"/> on.</summary>
    protected IGrainContext Context =>
        _context ?? throw new InvalidOperationException("The grain is not activated by the runtime.");

    protected GrainId GrainId => Context.GrainId;

    protected IGrainFactory GrainFactory => Context.GrainFactory;

    public string GetPrimaryKeyString() => Context.GrainId.Key;

    /// <summary>Runs once per activation, after persistent state is loaded and before any request.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs when the activation is collected or the silo stops; not guaranteed on a crash.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Asks the runtime to deactivate this grain once the current request completes.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();

    /// <summary>Keeps this grain from idle collection for at least <paramref name="period"/> (long work in the background).</summary>
    protected void DelayDeactivation(TimeSpan period) => Context.DelayDeactivation(period);

    /// <summary>
    /// Registers a timer whose callback runs as a turn of this grain; the next tick is scheduled only
    /// after the previous callback completed, so ticks never overlap. Ticks do not keep the grain alive.
    /// </summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        Context.RegisterTimer(callback, dueTime, period);

    /// <summary>
    /// Registers (or changes) a durable reminder: the grain must implement <see cref="Reminders.IRemindable"/>.
    /// It fires on whichever silo owns the grain, also after the silo that registered it died.
    /// </summary>
    protected Task RegisterOrUpdateReminderAsync(string name, TimeSpan dueTime, TimeSpan period) =>
        GrainFactory.GetGrain<Reminders.IReminderTableGrain>("all")
            .UpsertAsync(new Reminders.ReminderEntry(GrainId.Type, GrainId.Key, name, DateTimeOffset.UtcNow + dueTime, period));

    /// <summary>
    /// Registers (or changes) a durable reminder that fires at each occurrence of <paramref name="schedule"/>. The table
    /// holds the next occurrence, so an occurrence missed while no silo owned the grain fires once, late, and the
    /// next is the first occurrence after that tick (missed ones never pile up).
    /// </summary>
    /// <exception cref="ArgumentException">The schedule never occurs (e.g. <c>0 0 30 2 *</c>).</exception>
    protected Task RegisterOrUpdateReminderAsync(string name, Schedules.CronSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var first = schedule.Next(DateTimeOffset.UtcNow) ?? throw new ArgumentException($"The schedule '{schedule}' never occurs.", nameof(schedule));
        return GrainFactory.GetGrain<Reminders.IReminderTableGrain>("all").UpsertAsync(new Reminders.ReminderEntry(
            GrainId.Type, GrainId.Key, name, first, TimeSpan.Zero, schedule.Expression.ToString(), schedule.TimeZone?.Id));
    }

    protected Task UnregisterReminderAsync(string name) =>
        GrainFactory.GetGrain<Reminders.IReminderTableGrain>("all").RemoveAsync(GrainId.Type, GrainId.Key, name);

    internal void Attach(IGrainContext context) => _context = context;
}
