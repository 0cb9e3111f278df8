using System.Diagnostics;
using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime;
using DataSpine.Runtime.Management;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>What one failover took, each time counted from the signal to the silo.</summary>
internal sealed record FailoverTimes(TimeSpan DeclaredDead, TimeSpan FirstAnswer, TimeSpan AllAnswered, int Grains, int Intact);

/// <summary>
/// One failover: fresh counter grains written on every silo, then the oldest silo signalled (SIGKILL or
/// SIGTERM) and timed from the signal: until the membership table marks it Dead, until a grain it owned
/// first answers from a survivor with its state, and until all of them have (an answer is two calls:
/// which process answered, then the state).
/// </summary>
internal static class FailoverRound
{
    private const int Grains = 300;
    private static readonly ParallelOptions s_callers = new() { MaxDegreeOfParallelism = 32 };

    public static async Task<FailoverTimes> RunAsync(TestCluster cluster, int round, bool graceful, TimeSpan newSiloGrace)
    {
        var counters = Enumerable.Range(0, Grains).Select(i => (Key: $"round{round}-{i}", Total: (i % 97) + 1)).ToList();
        await Parallel.ForEachAsync(counters, s_callers, async (c, _) => await Counter(cluster, c.Key).AddAsync(c.Total));

        var victim = cluster.Silos.Where(s => !s.HasExited).MinBy(s => s.ActiveSince)!;
        var owned = counters.Where(c => cluster.OwnerOf(new GrainId("counter", c.Key)) == victim).ToList();

        // A silo younger than the grace period is never voted dead: waiting here keeps the warm-up out of the figure.
        var young = newSiloGrace - (DateTimeOffset.UtcNow - victim.ActiveSince!.Value);
        if (young > TimeSpan.Zero)
        {
            await Task.Delay(young + TimeSpan.FromMilliseconds(500));
        }

        var clock = Stopwatch.StartNew();
        var leaving = graceful ? victim.StopAsync() : Task.CompletedTask;
        if (!graceful)
        {
            victim.Kill();
        }

        var declaredDead = WhenDeadAsync(cluster, victim, clock);
        var intact = await AnswersWithStateAsync(cluster, owned[0], victim) ? 1 : 0;
        var firstAnswer = clock.Elapsed;
        await Parallel.ForEachAsync(owned.Skip(1), s_callers, async (c, _) =>
        {
            if (await AnswersWithStateAsync(cluster, c, victim))
            {
                Interlocked.Increment(ref intact);
            }
        });
        var allAnswered = clock.Elapsed;
        var times = new FailoverTimes(await declaredDead, firstAnswer, allAnswered, owned.Count, intact);
        await leaving;
        return times;
    }

    private static ICounterGrain Counter(TestCluster cluster, string key) => cluster.Grains.GetGrain<ICounterGrain>(key);

    /// <summary>
    /// Calls until the grain answers from a silo other than the one leaving (a silo on its way out may
    /// still answer for a moment after SIGTERM), then compares its state. A call meeting no owner times
    /// out after the client's call timeout and is tried again.
    /// </summary>
    private static async Task<bool> AnswersWithStateAsync(TestCluster cluster, (string Key, int Total) counter, SiloProcess leaving)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var prefix = $"{leaving.ProcessId}/";
        while (true)
        {
            try
            {
                if (!(await Counter(cluster, counter.Key).GetActivationAsync()).StartsWith(prefix, StringComparison.Ordinal))
                {
                    return await Counter(cluster, counter.Key).GetAsync() == counter.Total;
                }

                await Task.Delay(10);
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // No owner answered yet: the dead silo is not voted out yet.
            }
        }
    }

    private static async Task<TimeSpan> WhenDeadAsync(TestCluster cluster, SiloProcess silo, Stopwatch clock)
    {
        while (await cluster.StatusAsync(silo) != SiloStatus.Dead)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"silo {silo.SiloPort} was not declared dead:\n{silo.Log}");
            }

            await Task.Delay(25);
        }

        return clock.Elapsed;
    }
}
