using DataSpine.Runtime.Calls;
using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Cluster;

/// <summary>
/// Routes each call to the grain's owner from the live membership: here, or over HTTP/2 to another silo.
/// A call that meets a silo which does not own the grain (membership moved) or cannot be reached (it died)
/// waits for membership to catch up and is retried, within the call timeout. A call whose write storage
/// refused because another copy of the grain wrote first (two silos briefly disagreed on its owner) is run
/// once more: the refusal deactivated the stale copy, so the retry starts from the stored state. Stateless workers run
/// where they are called, or on the silo their key hashes to when this process hosts no grains.
/// </summary>
internal sealed class ClusterGrainCallRouter(
    LocalGrainCallRouter local,
    RemoteCallClient remote,
    ClusterView view,
    MembershipService membership,
    GrainRuntimeOptions options) : IGrainCallRouter
{
    private static readonly TimeSpan s_retryPause = TimeSpan.FromMilliseconds(100);

    public Task<T> InvokeAsync<T>(GrainId target, GrainMethod method, object?[] arguments)
    {
        if (view.Self is not null && (method.Owner.IsStatelessWorker || view.IsOwnedHere(target)))
        {
            var call = local.InvokeAsync<T>(target, method, arguments);
            return call.IsCompletedSuccessfully ? call : LocalOrRoutedAsync(call, target, method, arguments);
        }

        return InvokeRoutedAsync<T>(target, method, arguments);
    }

    /// <summary>A local call the directory refused (the grain moved away meanwhile) goes where the grain is now.</summary>
    private async Task<T> LocalOrRoutedAsync<T>(Task<T> call, GrainId target, GrainMethod method, object?[] arguments)
    {
        try
        {
            return await call;
        }
        catch (NotOwnerException)
        {
            return await InvokeRoutedAsync<T>(target, method, arguments);
        }
        catch (InconsistentStateException)
        {
            return await InvokeRoutedAsync<T>(target, method, arguments, staleCopyRetried: true);
        }
    }

    private async Task<T> InvokeRoutedAsync<T>(GrainId target, GrainMethod method, object?[] arguments, bool staleCopyRetried = false)
    {
        var deadline = DateTimeOffset.UtcNow + options.CallTimeout;
        Exception? last = null;
        while (true)
        {
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"{target}.{method.Name} found no reachable owner within {options.CallTimeout.TotalSeconds:0.###} s.", last);
            }

            var owner = view.OwnerOf(target);
            if (owner is null)
            {
                last = new InvalidOperationException("No silo is active.");
                await WaitForMembershipAsync(left);
                continue;
            }

            try
            {
                return owner == view.Self
                    ? await local.InvokeAsync<T>(target, method, arguments)
                    : await remote.InvokeAsync<T>(owner.Value, target, method, arguments, left);
            }
            catch (NotOwnerException error)
            {
                last = error;
                await membership.RefreshAsync(CancellationToken.None);
                await Task.Delay(s_retryPause);
            }
            catch (SiloUnavailableException error)
            {
                last = error;
                await WaitForMembershipAsync(left);
            }
            catch (InconsistentStateException) when (!staleCopyRetried)
            {
                staleCopyRetried = true;
            }
        }
    }

    /// <summary>Waits for the active set to change, re-reading the table meanwhile.</summary>
    private async Task WaitForMembershipAsync(TimeSpan left)
    {
        var change = view.NextChange;
        await membership.RefreshAsync(CancellationToken.None);
        if (!change.IsCompleted)
        {
            await Task.WhenAny(change, Task.Delay(TimeSpan.FromMilliseconds(Math.Min(500, left.TotalMilliseconds))));
        }
    }
}
