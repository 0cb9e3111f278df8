using System.Collections.Concurrent;
using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Activations;

/// <summary>
/// The local activations of this silo, at most one per grain id (several for stateless workers).
/// Delivering work to an id activates it when needed (where placement allows; elsewhere the work fails with
/// <see cref="Cluster.NotOwnerException"/> and its caller re-routes it); work for an activation that is going
/// away is delivered again once it is gone, so nothing accepted is dropped.
/// </summary>
internal sealed class ActivationDirectory(ActivationServices services, GrainRuntimeOptions options, IActivationPlacement placement) : IDisposable
{
    private readonly ConcurrentDictionary<(GrainId Id, int Worker), GrainActivation> _activations = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _deactivateAllLock = new();
    private Task? _deactivatingAll;
    private int _nextWorker;

    public CancellationToken Stopping => _stopping.Token;

    public void Deliver(GrainType type, GrainId id, IWorkItem work)
    {
        while (true)
        {
            if (_stopping.IsCancellationRequested)
            {
                work.Fail(new SiloStoppingException());
                return;
            }

            if (GetOrAdd(type, id) is not { } found)
            {
                work.Fail(new Cluster.NotOwnerException($"This silo does not own {id}."));
                return;
            }

            var (activation, created) = found;
            var accepted = activation.TryEnqueue(work);
            if (created)
            {
                // Activation starts after the first work is queued, so that work sees its outcome.
                activation.BeginActivation();
            }

            if (accepted)
            {
                return;
            }

            if (!activation.Deactivated.IsCompleted)
            {
                activation.Deactivated.ContinueWith(
                    _ => Deliver(type, id, work), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return;
            }

            Remove(activation);
        }
    }

    public void Remove(GrainActivation activation) =>
        _activations.TryRemove(new KeyValuePair<(GrainId, int), GrainActivation>((activation.GrainId, activation.Worker), activation));

    /// <summary>Deactivates (after their current turn) the activations whose grain matches, and answers them.</summary>
    public List<GrainActivation> DeactivateWhere(Func<GrainId, bool> predicate)
    {
        var matched = new List<GrainActivation>();
        foreach (var activation in _activations.Values)
        {
            if (!activation.Type.IsStatelessWorker && predicate(activation.GrainId))
            {
                activation.RequestDeactivation(DeactivationReason.Migrating);
                matched.Add(activation);
            }
        }

        return matched;
    }

    /// <summary>One pass of idle collection; returns how many activations started deactivating.</summary>
    public int CollectIdle(TimeSpan age)
    {
        var now = Environment.TickCount64;
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (activation.TryCollect(now, (long)age.TotalMilliseconds))
            {
                collected++;
            }
        }

        return collected;
    }

    /// <summary>Deactivates everything (silo shutdown), waiting up to the shutdown timeout.</summary>
    public Task DeactivateAllAsync()
    {
        // Leaving the cluster and stopping the runtime both ask; the second waits on the first, not another timeout.
        lock (_deactivateAllLock)
        {
            return _deactivatingAll ??= DeactivateAllOnceAsync();
        }
    }

    private async Task DeactivateAllOnceAsync()
    {
        _stopping.Cancel();
        var all = _activations.Values.ToList();
        foreach (var activation in all)
        {
            activation.RequestDeactivation(DeactivationReason.ShuttingDown);
        }

        await Task.WhenAll(all.Select(a => a.Deactivated)).WaitAsync(options.ShutdownTimeout).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>The listed activation, or a new one; null when there is none and this silo may not create it.</summary>
    private (GrainActivation Activation, bool Created)? GetOrAdd(GrainType type, GrainId id)
    {
        var worker = type.MaxLocalWorkers == 1 ? 0 : (int)((uint)Interlocked.Increment(ref _nextWorker) % (uint)type.MaxLocalWorkers);
        var key = (id, worker);
        while (true)
        {
            if (_activations.TryGetValue(key, out var existing))
            {
                return (existing, false);
            }

            if (!type.IsStatelessWorker && !placement.MayActivateHere(id))
            {
                return null;
            }

            var created = new GrainActivation(type, id, worker, services);
            if (_activations.TryAdd(key, created))
            {
                return (created, true);
            }
        }
    }
}
