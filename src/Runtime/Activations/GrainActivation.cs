using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Activations;

/// <summary>
/// One live grain: its instance, its scheduler and its queue of waiting work. Work starts when the
/// interleaving rules allow (turn-based by default) and in arrival order.
/// </summary>
internal sealed partial class GrainActivation : IGrainContext
{
    private static readonly Action<object?> s_run = static state =>
    {
        var (activation, item) = ((GrainActivation, IWorkItem))state!;
        _ = item.RunAsync(activation);
    };

    private readonly Lock _lock = new();
    private readonly Queue<IWorkItem> _waiting = new();
    private readonly ActivationServices _services;
    private ActivationStatus _status = ActivationStatus.Activating;
    private int _exclusiveRunning;
    private int _readOnlyRunning;
    private int _interleavedRunning;
    private long _lastActivity = Environment.TickCount64;

    public GrainActivation(GrainType type, GrainId id, int worker, ActivationServices services)
    {
        Type = type;
        GrainId = id;
        Worker = worker;
        _services = services;
    }

    public GrainType Type { get; }

    public GrainId GrainId { get; }

    /// <summary>0 for ordinary grains; the worker index for stateless workers.</summary>
    public int Worker { get; }

    public IGrainFactory GrainFactory => _services.GrainFactory;

    public ActivationScheduler Scheduler { get; } = new();

    /// <summary>Queues work; false when the activation is going away (the caller delivers elsewhere).</summary>
    public bool TryEnqueue(IWorkItem item)
    {
        lock (_lock)
        {
            if (_status >= ActivationStatus.Deactivating)
            {
                return false;
            }

            if (item.KeepsAlive)
            {
                _lastActivity = Math.Max(_lastActivity, Environment.TickCount64);
            }

            var jumpsQueue = item.Interleaving == Interleaving.Always || _waiting.Count == 0;
            if (_status != ActivationStatus.Active || !jumpsQueue || !CanStart(item.Interleaving))
            {
                _waiting.Enqueue(item);
                return true;
            }

            MarkStarted(item.Interleaving);
        }

        Start(item);
        return true;
    }

    /// <summary>Called by each work item when it finishes; starts what may run next.</summary>
    public void Complete(IWorkItem item)
    {
        List<IWorkItem>? next = null;
        var deactivate = false;
        lock (_lock)
        {
            MarkFinished(item.Interleaving);
            if (item.KeepsAlive)
            {
                _lastActivity = Math.Max(_lastActivity, Environment.TickCount64);
            }

            if (_status == ActivationStatus.Active)
            {
                next = TakeStartable();
            }
            else if (_status == ActivationStatus.Deactivating && IsIdle && !_deactivationStarted)
            {
                _deactivationStarted = true;
                deactivate = true;
            }
        }

        if (next is not null)
        {
            foreach (var work in next)
            {
                Start(work);
            }
        }

        if (deactivate)
        {
            StartDeactivation();
        }
    }

    private bool IsIdle => _exclusiveRunning + _readOnlyRunning + _interleavedRunning == 0;

    private bool CanStart(Interleaving interleaving) => interleaving switch
    {
        Interleaving.Always => true,
        Interleaving.ReadOnly => _exclusiveRunning == 0,
        _ => _exclusiveRunning == 0 && _readOnlyRunning == 0,
    };

    private void MarkStarted(Interleaving interleaving)
    {
        switch (interleaving)
        {
            case Interleaving.Always: _interleavedRunning++; break;
            case Interleaving.ReadOnly: _readOnlyRunning++; break;
            default: _exclusiveRunning++; break;
        }
    }

    private void MarkFinished(Interleaving interleaving)
    {
        switch (interleaving)
        {
            case Interleaving.Always: _interleavedRunning--; break;
            case Interleaving.ReadOnly: _readOnlyRunning--; break;
            default: _exclusiveRunning--; break;
        }
    }

    /// <summary>Dequeues, in order, the waiting work that may start now. Caller holds the lock.</summary>
    private List<IWorkItem>? TakeStartable()
    {
        List<IWorkItem>? startable = null;
        while (_waiting.TryPeek(out var head) && CanStart(head.Interleaving))
        {
            _waiting.Dequeue();
            MarkStarted(head.Interleaving);
            (startable ??= []).Add(head);
        }

        return startable;
    }

    private void Start(IWorkItem item) => Scheduler.RunNowOrQueue(new Task(s_run, (this, item)));
}
