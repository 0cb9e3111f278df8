using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Calls;

/// <summary>Single-silo routing: every grain lives here.</summary>
internal sealed class LocalGrainCallRouter(ActivationDirectory directory, GrainRuntimeOptions options, CallCopier copier)
    : IGrainCallRouter
{
    private readonly CallCopier? _copier = options.CopyCallsThroughJson ? copier : null;

    public Task<T> InvokeAsync<T>(GrainId target, GrainMethod method, object?[] arguments)
    {
        if (_copier is not null)
        {
            arguments = _copier.CopyArguments(method, arguments);
        }

        var request = new Request<T>(method, arguments, _copier);
        directory.Deliver(method.Owner, target, request);
        var task = request.Task;
        return task.IsCompleted ? task : WithTimeout(task, target, method, options.CallTimeout);
    }

    private static async Task<T> WithTimeout<T>(Task<T> task, GrainId target, GrainMethod method, TimeSpan timeout)
    {
        try
        {
            return await task.WaitAsync(timeout);
        }
        catch (TimeoutException error) when (!task.IsCompleted)
        {
            throw new TimeoutException($"{target}.{method.Name} did not answer within {timeout.TotalSeconds:0.###} s.", error);
        }
    }
}
