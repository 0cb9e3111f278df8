using System.Collections.Concurrent;

namespace DataSpine.Runtime.Tests.Grains;

/// <summary>
/// Watches one grain's requests: how many were in flight at once (interleaving) and whether grain code
/// ever ran on two threads at the same moment (it must not, reentrant or not).
/// </summary>
public sealed class ConcurrencyProbe
{
    private static readonly ConcurrentDictionary<string, ConcurrencyProbe> s_probes = new();
    private int _inFlight;
    private int _executing;

    public int MaxInFlight { get; private set; }

    public int ParallelExecutions { get; private set; }

    public static ConcurrencyProbe For(string key) => s_probes.GetOrAdd(key, _ => new ConcurrencyProbe());

    public async Task<int> RunAsync(int delayMs)
    {
        var now = Interlocked.Increment(ref _inFlight);
        MaxInFlight = Math.Max(MaxInFlight, now);
        Execute();
        await Task.Delay(delayMs);
        Execute();
        Interlocked.Decrement(ref _inFlight);
        return now;
    }

    private void Execute()
    {
        if (Interlocked.Increment(ref _executing) > 1)
        {
            ParallelExecutions++;
        }

        Thread.SpinWait(2000);
        Interlocked.Decrement(ref _executing);
    }
}
