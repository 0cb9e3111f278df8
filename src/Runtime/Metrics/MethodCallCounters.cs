using System.Diagnostics;

namespace DataSpine.Runtime.Metrics;

/// <summary>
/// Running totals of one grain method on this silo. <see cref="Record"/> is on every call's path: a few
/// interlocked adds, no lock, no allocation. The sampler turns the totals into per-second deltas.
/// </summary>
internal sealed class MethodCallCounters(string grainType, string method)
{
    private static readonly double s_nanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    private readonly long[] _histogram = new long[LatencyHistogram.BucketCount];
    private long _calls;
    private long _errors;
    private long _ticks;

    public string GrainType { get; } = grainType;

    public string Method { get; } = method;

    /// <summary>The sampler's state for this method; touched only under the sampler's lock.</summary>
    public MethodWindow Window { get; } = new();

    public void Record(long elapsedTicks, bool failed)
    {
        var nanoseconds = Stopwatch.Frequency == 1_000_000_000 ? elapsedTicks : (long)(elapsedTicks * s_nanosecondsPerTick);
        Interlocked.Increment(ref _histogram[LatencyHistogram.BucketOf(nanoseconds)]);
        Interlocked.Add(ref _ticks, elapsedTicks);
        Interlocked.Increment(ref _calls);
        if (failed)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    /// <summary>Reads the running totals (each value atomically; a call in flight may show in one and not yet another).</summary>
    public void ReadTotals(out long calls, out long errors, out long ticks, Span<long> histogram)
    {
        calls = Interlocked.Read(ref _calls);
        errors = Interlocked.Read(ref _errors);
        ticks = Interlocked.Read(ref _ticks);
        for (var bucket = 0; bucket < _histogram.Length; bucket++)
        {
            histogram[bucket] = Interlocked.Read(ref _histogram[bucket]);
        }
    }
}
