using DataSpine.Runtime.Hosting;

namespace DataSpine.Runtime.Activations;

/// <summary>
/// A grain timer: each tick is a turn of its grain (it does not interleave with requests), and the next
/// tick is armed only after the callback finished, so ticks never overlap. Ticks do not keep a grain alive.
/// </summary>
internal sealed class GrainTimer : IWorkItem, IDisposable
{
    private readonly GrainActivation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly TimeSpan _period;
    private readonly RuntimeLog _log;
    private readonly Timer _timer;
    private readonly CancellationTokenSource _disposed = new();

    public GrainTimer(GrainActivation activation, Func<CancellationToken, Task> callback, TimeSpan period, RuntimeLog log)
    {
        _activation = activation;
        _callback = callback;
        _period = period;
        _log = log;
        _timer = new Timer(static s => ((GrainTimer)s!).Fire(), this, Timeout.Infinite, Timeout.Infinite);
    }

    public Interleaving Interleaving => Interleaving.Exclusive;

    public bool KeepsAlive => false;

    public void Arm(TimeSpan due)
    {
        try
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while a tick ran: nothing to arm.
        }
    }

    public async Task RunAsync(GrainActivation activation)
    {
        try
        {
            if (!_disposed.IsCancellationRequested)
            {
                await _callback(_disposed.Token);
            }
        }
        catch (Exception error)
        {
            _log.TimerFailed(error, activation.GrainId);
        }
        finally
        {
            activation.Complete(this);
        }

        if (!_disposed.IsCancellationRequested && _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
        {
            Arm(_period);
        }
    }

    public void Fail(Exception error)
    {
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
    }

    private void Fire()
    {
        if (!_disposed.IsCancellationRequested && !_activation.TryEnqueue(this))
        {
            Dispose();
        }
    }
}
