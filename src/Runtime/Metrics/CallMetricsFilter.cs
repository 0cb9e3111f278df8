using System.Diagnostics;

namespace DataSpine.Runtime.Metrics;

/// <summary>Records every incoming grain call in <see cref="RuntimeMetrics"/>.</summary>
internal sealed class CallMetricsFilter(RuntimeMetrics metrics) : IIncomingGrainCallFilter
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
            metrics.CallCompleted(context.TargetId.Type, context.InterfaceMethod.Name,
                Stopwatch.GetElapsedTime(started).TotalSeconds, failed);
        }
    }
}
