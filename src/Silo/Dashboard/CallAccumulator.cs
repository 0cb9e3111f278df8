using DataSpine.Runtime.Management;
using DataSpine.Runtime.Metrics;

namespace DataSpine.Silo.Dashboard;

/// <summary>
/// Sums method statistics from any number of silos: rates add (each silo over its own window), counts
/// and total latency add, histograms add bucket by bucket, so the p99 is the merged calls' p99.
/// </summary>
internal sealed class CallAccumulator
{
    private readonly List<long> _histogram = [];
    private double _callsPerSecond;
    private double _errorsPerSecond;
    private long _calls;
    private long _errors;
    private double _totalMilliseconds;

    public void Add(MethodCallStatistics method, double windowSeconds)
    {
        var seconds = Math.Max(windowSeconds, 1);
        _callsPerSecond += method.Calls / seconds;
        _errorsPerSecond += method.Errors / seconds;
        _calls += method.Calls;
        _errors += method.Errors;
        _totalMilliseconds += method.TotalMilliseconds;
        LatencyHistogram.Add(_histogram, method.LatencyHistogram);
    }

    public CallRates ToRates() => new(_callsPerSecond, _errorsPerSecond, _calls, _errors,
        _calls == 0 ? 0 : _totalMilliseconds / _calls, LatencyHistogram.Quantile(_histogram, 0.99));
}
