namespace DataSpine.Runtime.Activations;

/// <summary>
/// Runs an activation's work one task at a time (Orleans' activation scheduler): grain code and every
/// continuation after its awaits execute here, so a grain never runs on two threads at once. When the
/// activation is idle, a new turn runs inline on the caller's thread, which saves a thread hop for
/// calls that complete synchronously.
/// </summary>
internal sealed class ActivationScheduler : TaskScheduler
{
    private const int TasksPerPump = 64;

    [ThreadStatic]
    private static ActivationScheduler? t_current;

    private static readonly Action<object?> s_pump = static s => ((ActivationScheduler)s!).Pump();

    private readonly Lock _lock = new();
    private readonly Queue<Task> _queue = new();
    private bool _busy;

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs the task now on this thread if the activation is idle, otherwise queues it.</summary>
    public void RunNowOrQueue(Task task)
    {
        bool runNow;
        lock (_lock)
        {
            runNow = !_busy;
            _busy = true;
        }

        if (!runNow)
        {
            task.Start(this);
            return;
        }

        var previous = t_current;
        t_current = this;
        try
        {
            task.RunSynchronously(this);
        }
        finally
        {
            t_current = previous;
            ReleaseOrPump();
        }
    }

    protected override void QueueTask(Task task)
    {
        lock (_lock)
        {
            _queue.Enqueue(task);
            if (_busy)
            {
                return;
            }

            _busy = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(s_pump, this, preferLocal: false);
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        t_current == this && !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_lock)
        {
            return [.. _queue];
        }
    }

    private void Pump()
    {
        var previous = t_current;
        t_current = this;
        try
        {
            for (var i = 0; i < TasksPerPump; i++)
            {
                Task? next;
                lock (_lock)
                {
                    if (!_queue.TryDequeue(out next))
                    {
                        _busy = false;
                        return;
                    }
                }

                TryExecuteTask(next);
            }
        }
        finally
        {
            t_current = previous;
        }

        // Fairness: give the thread back after a batch and continue on another pool item.
        ThreadPool.UnsafeQueueUserWorkItem(s_pump, this, preferLocal: false);
    }

    private void ReleaseOrPump()
    {
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                _busy = false;
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(s_pump, this, preferLocal: false);
    }
}
