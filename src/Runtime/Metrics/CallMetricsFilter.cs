using System.Diagnostics;
using DataSpine.Runtime.Activations;

namespace DataSpine.Runtime.Metrics;

/// <summary>
/// Records every incoming grain call in <see cref="RuntimeMetrics"/> (for /metrics) and in
/// <see cref="CallStatistics"/> (for the dashboard); neither allocates on this path.
/// </summary>
internal sealed class CallMetricsFilter(RuntimeMetrics metrics, CallStatistics statistics) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await context.Invoke();
            failed = false;
        }
        finally
        {
            var elapsed = Stopwatch.GetTimestamp() - started;
            var method = context.InterfaceMethod;
            metrics.CallCompleted(context.TargetId.Type, method.Name, (double)elapsed / Stopwatch.Frequency, failed);
            if (context is GrainActivation.IncomingCallContext runtimeCall)
            {
                statistics.Record(runtimeCall.Method, elapsed, failed);
            }
            else
            {
                statistics.Record(context.TargetId.Type, method, elapsed, failed);
            }
        }
    }
}
