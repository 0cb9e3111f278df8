namespace DataSpine.Runtime.Activations;

internal sealed partial class GrainActivation
{
    private List<GrainTimer>? _timers;

    public IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new GrainTimer(this, callback, period, _services.Log);
        lock (_lock)
        {
            if (_status >= ActivationStatus.Deactivating)
            {
                throw new InvalidOperationException("A deactivating grain cannot register timers.");
            }

            (_timers ??= []).Add(timer);
        }

        timer.Arm(dueTime);
        return timer;
    }

    private void DisposeTimers()
    {
        List<GrainTimer>? timers;
        lock (_lock)
        {
            timers = _timers;
            _timers = null;
        }

        foreach (var timer in timers ?? [])
        {
            timer.Dispose();
        }
    }
}
