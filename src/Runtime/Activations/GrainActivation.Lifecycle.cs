namespace DataSpine.Runtime.Activations;

internal sealed partial class GrainActivation
{
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private object? _instance;
    private Grain? _grain;
    private DeactivationReason _reason;
    private bool _deactivationStarted;
    private DeactivationReason? _deactivateOnceActive;
    private IReadOnlyList<Storage.ILoadableState> _states = [];

    /// <summary>Completes once the activation is gone and no longer listed in the directory.</summary>
    public Task Deactivated => _deactivated.Task;

    public object Instance => _instance ?? throw new InvalidOperationException("The activation has no instance.");

    /// <summary>Whether this activation wrote any of its states.</summary>
    public bool WroteState => _states.Any(s => s.Written);

    /// <summary>Runs once, by the directory, right after the activation was listed.</summary>
    public void BeginActivation() =>
        Scheduler.RunNowOrQueue(new Task(static s => _ = ((GrainActivation)s!).ActivateAsync(), this));

    public void DeactivateOnIdle() => RequestDeactivation(DeactivationReason.ApplicationRequested);

    public void DelayDeactivation(TimeSpan period)
    {
        lock (_lock)
        {
            _lastActivity = Math.Max(_lastActivity, Environment.TickCount64 + (long)period.TotalMilliseconds);
        }
    }

    /// <summary>Stops taking work; deactivates once what runs has finished. Waiting work is delivered again.</summary>
    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_status == ActivationStatus.Activating)
            {
                // Honoured once activation is done (a grain that moves away mid-activation must not stay behind).
                _deactivateOnceActive ??= reason;
                return;
            }

            if (_status != ActivationStatus.Active)
            {
                return;
            }

            _status = ActivationStatus.Deactivating;
            _reason = reason;
            if (!IsIdle || _deactivationStarted)
            {
                return;
            }

            _deactivationStarted = true;
        }

        StartDeactivation();
    }

    /// <summary>Deactivates if idle (no work running or waiting) since <paramref name="ageMs"/>.</summary>
    public bool TryCollect(long now, long ageMs)
    {
        lock (_lock)
        {
            if (_status != ActivationStatus.Active || !IsIdle || _waiting.Count > 0 || now - _lastActivity < ageMs)
            {
                return false;
            }

            _status = ActivationStatus.Deactivating;
            _reason = DeactivationReason.IdleCollection;
            _deactivationStarted = true;
        }

        StartDeactivation();
        return true;
    }

    private async Task ActivateAsync()
    {
        try
        {
            var (instance, states) = _services.Activator.Create(Type, GrainId);
            _states = states;
            foreach (var state in states)
            {
                await state.ReadStateAsync();
            }

            _instance = instance;
            _grain = instance as Grain;
            if (_grain is not null)
            {
                _grain.Attach(this);
                await _grain.OnActivateAsync(_services.Stopping);
            }
        }
        catch (Exception error)
        {
            FailActivation(error);
            return;
        }

        List<IWorkItem>? next = null;
        var deactivate = false;
        lock (_lock)
        {
            if (_deactivateOnceActive is { } reason)
            {
                _status = ActivationStatus.Deactivating;
                _reason = reason;
                _deactivationStarted = deactivate = true;
            }
            else
            {
                _status = ActivationStatus.Active;
                next = TakeStartable();
            }
        }

        Type.CountActivation(1);
        _services.Metrics.ActivationCreated(Type.Name);
        if (deactivate)
        {
            StartDeactivation(); // the waiting work is delivered again, where the grain lives now
            return;
        }

        foreach (var work in next ?? [])
        {
            Start(work);
        }
    }

    /// <summary>A failed activation exposes nothing: waiting calls get the error, the next call starts afresh.</summary>
    private void FailActivation(Exception error)
    {
        _services.Log.ActivationFailed(error, GrainId);
        _services.Metrics.ActivationFailed(Type.Name);
        List<IWorkItem> waiting;
        lock (_lock)
        {
            _status = ActivationStatus.Deactivated;
            waiting = [.. _waiting];
            _waiting.Clear();
        }

        _instance = null;
        _grain = null;
        _services.Directory.Remove(this);
        _deactivated.TrySetResult();
        foreach (var work in waiting)
        {
            work.Fail(error);
        }
    }

    private void StartDeactivation() =>
        Scheduler.RunNowOrQueue(new Task(static s => _ = ((GrainActivation)s!).DeactivateAsync(), this));

    private async Task DeactivateAsync()
    {
        DisposeTimers();
        try
        {
            if (_grain is not null)
            {
                using var timeout = new CancellationTokenSource(_services.Options.ShutdownTimeout);
                await _grain.OnDeactivateAsync(_reason, timeout.Token);
            }
        }
        catch (Exception error)
        {
            _services.Log.DeactivationFailed(error, GrainId);
        }

        List<IWorkItem> waiting;
        lock (_lock)
        {
            _status = ActivationStatus.Deactivated;
            waiting = [.. _waiting];
            _waiting.Clear();
        }

        Type.CountActivation(-1);
        _services.Metrics.ActivationCollected(Type.Name, _reason);
        _services.Directory.Remove(this);
        _deactivated.TrySetResult();
        foreach (var work in waiting)
        {
            _services.Directory.Deliver(Type, GrainId, work);
        }
    }
}
