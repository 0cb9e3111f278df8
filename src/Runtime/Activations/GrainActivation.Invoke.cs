using System.Reflection;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Activations;

internal sealed partial class GrainActivation
{
    /// <summary>Calls the grain method through the incoming call filters.</summary>
    public ValueTask<object?> InvokeAsync(GrainMethod method, object?[] arguments)
    {
        var filters = _services.Filters;
        if (filters.Length == 0)
        {
            return method.Invoke(Instance, arguments);
        }

        var context = new IncomingCallContext(this, method, arguments, filters);
        var chain = context.Invoke();
        return chain.IsCompletedSuccessfully ? new ValueTask<object?>(context.Result) : AwaitChain(chain, context);
    }

    private static async ValueTask<object?> AwaitChain(Task chain, IncomingCallContext context)
    {
        await chain;
        return context.Result;
    }

    /// <summary>The context the runtime passes to filters; <see cref="Method"/> lets the metrics filter skip a lookup.</summary>
    internal sealed class IncomingCallContext(
        GrainActivation activation, GrainMethod method, object?[] arguments, IIncomingGrainCallFilter[] filters)
        : IIncomingGrainCallContext
    {
        private int _next;

        public GrainId TargetId => activation.GrainId;

        public object Grain => activation.Instance;

        public MethodInfo InterfaceMethod => method.InterfaceMethod;

        public GrainMethod Method => method;

        public object?[] Arguments => arguments;

        public object? Result { get; set; }

        public Task Invoke()
        {
            if (_next < filters.Length)
            {
                return filters[_next++].Invoke(this);
            }

            var call = method.Invoke(activation.Instance, arguments);
            if (call.IsCompletedSuccessfully)
            {
                Result = call.Result;
                return Task.CompletedTask;
            }

            return AwaitCall(call);
        }

        private async Task AwaitCall(ValueTask<object?> call) => Result = await call;
    }
}
