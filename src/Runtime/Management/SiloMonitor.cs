using DataSpine.Runtime.Metrics;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Management;

/// <summary>
/// This silo's statistics for the dashboard. <see cref="Tick"/> runs once a second (see
/// <see cref="SiloMonitorService"/>): it samples the call statistics, the CPU and the activations into a
/// bounded history; <see cref="Take"/> answers from what the ticks gathered.
/// </summary>
internal sealed class SiloMonitor(SiloIdentity silo, GrainTypeRegistry types, CallStatistics calls, TimeProvider time) : ILocalSiloSnapshot
{
    public const int HistorySeconds = 300;

    private readonly Lock _lock = new();
    private readonly SecondStatistics[] _history = new SecondStatistics[HistorySeconds];
    private int _historyCount;
    private int _historyNext;
    private TimeSpan _lastCpu;
    private long _lastCpuTimestamp;
    private double _cpuPercent;

    public void Tick(DateTimeOffset now)
    {
        var second = calls.Sample(now.ToUnixTimeSeconds());
        var cpu = SampleCpu();
        var point = new SecondStatistics(now.ToUnixTimeSeconds(), second.Calls, second.Errors, second.MeanMilliseconds,
            second.P99Milliseconds, types.All.Sum(t => t.ActivationCount), cpu, Environment.WorkingSet);
        lock (_lock)
        {
            var last = (_historyNext + HistorySeconds - 1) % HistorySeconds;
            if (_historyCount > 0 && _history[last].UnixSecond == point.UnixSecond)
            {
                // Two ticks in one second (a late timer catching up): one point counting both.
                _history[last] = Combine(_history[last], point);
                return;
            }

            _history[_historyNext] = point;
            _historyNext = (_historyNext + 1) % HistorySeconds;
            _historyCount = Math.Min(_historyCount + 1, HistorySeconds);
        }
    }

    public SiloSnapshot Take()
    {
        var now = time.GetUtcNow();
        var activations = types.All
            .Select(t => new GrainTypeStatistics(t.Name, t.ActivationCount))
            .Where(t => t.Activations > 0)
            .OrderBy(t => t.GrainType, StringComparer.Ordinal)
            .ToList();
        var (windowSeconds, methods) = calls.Window();
        SecondStatistics[] history;
        double cpu;
        lock (_lock)
        {
            history = new SecondStatistics[_historyCount];
            for (var i = 0; i < _historyCount; i++)
            {
                history[i] = _history[(_historyNext - _historyCount + i + HistorySeconds) % HistorySeconds];
            }

            cpu = _cpuPercent;
        }

        var process = new ProcessStatistics(cpu, Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            ThreadPool.ThreadCount, ThreadPool.PendingWorkItemCount, Environment.ProcessorCount);
        return new SiloSnapshot(silo.Name, silo.Status, silo.StartedAt, now, (now - silo.StartedAt).TotalSeconds,
            activations, windowSeconds, methods, process, history);
    }

    private static SecondStatistics Combine(SecondStatistics earlier, SecondStatistics later)
    {
        var calls = earlier.Calls + later.Calls;
        var mean = calls == 0 ? 0 : ((earlier.MeanMilliseconds * earlier.Calls) + (later.MeanMilliseconds * later.Calls)) / calls;
        return later with
        {
            Calls = calls,
            Errors = earlier.Errors + later.Errors,
            MeanMilliseconds = mean,
            P99Milliseconds = Math.Max(earlier.P99Milliseconds, later.P99Milliseconds),
        };
    }

    /// <summary>The process's share of all cores since the previous tick, in percent.</summary>
    private double SampleCpu()
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var timestamp = time.GetTimestamp();
        lock (_lock)
        {
            if (_lastCpuTimestamp != 0)
            {
                var wall = time.GetElapsedTime(_lastCpuTimestamp, timestamp);
                if (wall > TimeSpan.Zero)
                {
                    _cpuPercent = Math.Clamp((cpu - _lastCpu) / (wall * Environment.ProcessorCount) * 100, 0, 100);
                }
            }

            _lastCpu = cpu;
            _lastCpuTimestamp = timestamp;
            return _cpuPercent;
        }
    }
}
