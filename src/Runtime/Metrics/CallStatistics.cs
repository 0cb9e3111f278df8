using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using DataSpine.Runtime.Management;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Metrics;

/// <summary>
/// Rolling call statistics of this silo for the dashboard: per grain type and method, calls, errors,
/// total latency and a latency histogram over the last minute. Every call adds to its method's running
/// totals (<see cref="MethodCallCounters.Record"/>); once a second <see cref="Sample"/> moves the gains
/// into the method's sliding window and returns the second's totals for the silo's history.
/// </summary>
internal sealed class CallStatistics
{
    public const int SlotSeconds = 5;
    public const int Slots = 12;
    public const int WindowSeconds = SlotSeconds * Slots;

    private readonly ConcurrentDictionary<(string GrainType, MethodInfo Method), MethodCallCounters> _methods = new();
    private readonly Lock _sampling = new();
    private readonly long[] _totals = new long[LatencyHistogram.BucketCount];
    private long _firstSecond = -1;
    private long _lastSecond = -1;

    public static double ToMilliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public void Record(string grainType, MethodInfo method, long elapsedTicks, bool failed) =>
        CountersOf(grainType, method).Record(elapsedTicks, failed);

    /// <summary>The runtime's own calls: the counters are cached on the method (racing callers store the same instance).</summary>
    public void Record(GrainMethod method, long elapsedTicks, bool failed) =>
        (method.CallCounters ??= CountersOf(method.Owner.Name, method.InterfaceMethod)).Record(elapsedTicks, failed);

    private MethodCallCounters CountersOf(string grainType, MethodInfo method) =>
        _methods.GetOrAdd((grainType, method), static key => new MethodCallCounters(key.GrainType, key.Method.Name));

    /// <summary>Moves the calls recorded since the previous sample into the window at <paramref name="unixSecond"/>.</summary>
    public SecondTotals Sample(long unixSecond)
    {
        var second = new SecondTotals();
        lock (_sampling)
        {
            // A clock that steps back does not rewind the window: the calls count in the latest second.
            unixSecond = Math.Max(unixSecond, _lastSecond);
            if (_firstSecond < 0)
            {
                _firstSecond = unixSecond;
            }

            _lastSecond = unixSecond;
            foreach (var counters in _methods.Values)
            {
                counters.ReadTotals(out var calls, out var errors, out var ticks, _totals);
                counters.Window.Advance(unixSecond / SlotSeconds, calls, errors, ticks, _totals, second);
            }
        }

        return second;
    }

    /// <summary>Each method's calls in the window ending at the last sample, and how many seconds the window covers.</summary>
    public (double WindowSeconds, IReadOnlyList<MethodCallStatistics> Methods) Window()
    {
        lock (_sampling)
        {
            if (_lastSecond < 0)
            {
                return (0, []);
            }

            var slot = _lastSecond / SlotSeconds;
            var covered = Math.Min(WindowSeconds - SlotSeconds + (_lastSecond % SlotSeconds) + 1, _lastSecond - _firstSecond + 1);
            var methods = new List<MethodCallStatistics>();
            foreach (var counters in _methods.Values)
            {
                counters.Window.Sum(slot, out var calls, out var errors, out var ticks, _totals);
                if (calls > 0)
                {
                    methods.Add(new MethodCallStatistics(counters.GrainType, counters.Method, calls, errors,
                        ToMilliseconds(ticks), LatencyHistogram.Trim(_totals)));
                }
            }

            methods.Sort(static (a, b) => string.CompareOrdinal(a.GrainType, b.GrainType) is var byType and not 0
                ? byType
                : string.CompareOrdinal(a.Method, b.Method));
            return (covered, methods);
        }
    }
}
