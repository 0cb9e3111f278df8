using DataSpine.Runtime.Calls;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Activations;

/// <summary>One grain call: the work item and, at the same time, the completion its caller awaits.</summary>
internal sealed class Request<T>(GrainMethod method, object?[] arguments, CallCopier? copier)
    : TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously), IWorkItem
{
    public Interleaving Interleaving { get; } =
        method.Owner.IsReentrant || method.IsAlwaysInterleave ? Interleaving.Always
        : method.IsReadOnly ? Interleaving.ReadOnly
        : Interleaving.Exclusive;

    public bool KeepsAlive => true;

    public async Task RunAsync(GrainActivation activation)
    {
        T result;
        try
        {
            var boxed = await activation.InvokeAsync(method, arguments);
            result = boxed is null ? default! : (T)boxed;
            if (copier is not null)
            {
                result = copier.Copy(result, method.ResultType);
            }
        }
        catch (Exception error)
        {
            if (error is InconsistentStateException)
            {
                // Its state is stale: drop this activation so the next call reloads from storage.
                activation.RequestDeactivation(DeactivationReason.Migrating);
            }

            activation.Complete(this);
            TrySetException(error);
            return;
        }

        activation.Complete(this);
        TrySetResult(result);
    }

    public void Fail(Exception error) => TrySetException(error);
}
