using System.Diagnostics;
using DataSpine.Grains.Glossary;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>What one failover took, each time counted from the signal to the silo.</summary>
internal sealed record FailoverTimes(TimeSpan Baseline, TimeSpan? DeclaredDead, TimeSpan FirstAnswer, TimeSpan AllAnswered, TimeSpan InFlightEnded, int InFlightHung, int Owned, int Written, int Lost, int Retried);

/// <summary>
/// One failover: fresh glossary terms written through the client (each acknowledged save counted), the
/// silo owning most of them signalled (SIGKILL, or SIGTERM for the graceful baseline), then every term it
/// owned read until it answers from a survivor with its state, timed from the signal; then every term is
/// read back and a term missing or with another definition counts as a lost acknowledged write.
/// </summary>
internal static class FailoverRound
{
    private const int Terms = 300;
    private static readonly ParallelOptions s_callers = new() { MaxDegreeOfParallelism = 32 };
    private static readonly TimeSpan s_probe = TimeSpan.FromMilliseconds(250);

    public static async Task<FailoverTimes> RunAsync(SiloCluster cluster, string name, int round, bool graceful)
    {
        var terms = Enumerable.Range(0, Terms).Select(i => (Key: $"fo-{name}-{round}-{i}", Definition: $"Definition {i} of round {round}.")).ToList();
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(string Key, string Definition)>();
        var refused = 0;
        await Parallel.ForEachAsync(terms, s_callers, async (t, _) =>
        {
            // A save that fails (for example a write conflict while the cluster settles after the last kill) is not
            // acknowledged: the client tries it again, as an api caller would.
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                try
                {
                    if ((await Term(cluster, t.Key).CreateAsync(new TermDefinition($"Term {t.Key}", t.Definition, [], null), TermStatus.Approved)).Succeeded)
                    {
                        acknowledged.Add(t);
                    }

                    return;
                }
                catch (Exception error) when (attempt < 5 && error is OrleansException or TimeoutException or Orleans.Storage.InconsistentStateException)
                {
                    Interlocked.Increment(ref refused);
                    await Task.Delay(200, CancellationToken.None);
                }
            }
        });

        var owners = new System.Collections.Concurrent.ConcurrentDictionary<string, SiloProcess?>();
        await Parallel.ForEachAsync(terms, s_callers, async (t, _) => owners[t.Key] = await cluster.OwnerOfAsync(Term(cluster, t.Key)));
        var victim = cluster.Silos.Where(s => !s.Process.HasExited).MaxBy(s => owners.Values.Count(o => o == s))!;
        var owned = terms.Where(t => owners[t.Key] == victim).ToList();

        // Baseline: the same reads of the same grains while nothing fails.
        var baselineClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(owned, s_callers, async (t, _) => await Term(cluster, t.Key).GetAsync());
        var baseline = baselineClock.Elapsed;

        var clock = Stopwatch.StartNew();
        if (graceful)
        {
            await victim.Process.TerminateAsync();
        }
        else
        {
            victim.Process.Kill();
        }

        var declaredDead = WhenDeadAsync(cluster, victim, clock);
        // A call made at the moment of the kill, left to run: it ends (answer or error) when the client gives up on
        // it or the runtime fails it, which is what an api request already in flight sees.
        var inFlight = owned.Select(async t =>
        {
            try
            {
                await Term(cluster, t.Key).GetAsync();
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // It ended; when is what counts.
            }

            return clock.Elapsed;
        }).ToList();
        var firstAnswer = TimeSpan.MaxValue;
        var firstLock = new Lock();
        await Parallel.ForEachAsync(owned, s_callers, async (t, _) =>
        {
            await AnswerAsync(cluster, t.Key);
            lock (firstLock)
            {
                firstAnswer = clock.Elapsed < firstAnswer ? clock.Elapsed : firstAnswer;
            }
        });
        var allAnswered = clock.Elapsed;

        var lost = 0;
        await Parallel.ForEachAsync(acknowledged, s_callers, async (t, _) =>
        {
            if ((await AnswerAsync(cluster, t.Key))?.Definition != t.Definition)
            {
                Interlocked.Increment(ref lost);
            }
        });
        var inFlightEnds = await Task.WhenAll(inFlight);
        var inFlightEnded = owned.Count == 0 ? TimeSpan.Zero : inFlightEnds.Max();
        var inFlightHung = inFlightEnds.Count(e => e > allAnswered + TimeSpan.FromSeconds(1));
        if (graceful)
        {
            await victim.Process.WaitForExitAsync();
        }

        return new FailoverTimes(baseline, await declaredDead, owned.Count == 0 ? TimeSpan.Zero : firstAnswer, allAnswered, inFlightEnded, inFlightHung, owned.Count, acknowledged.Count, lost, refused);
    }

    private static IGlossaryTermGrain Term(SiloCluster cluster, string key) => cluster.Client.GetGrain<IGlossaryTermGrain>(key);

    /// <summary>
    /// Calls until the grain answers: an attempt that fails, or has no answer within the probe period (it met the
    /// dead silo and waits for the client's call timeout), is left behind and a fresh call is made.
    /// </summary>
    private static async Task<TermView?> AnswerAsync(SiloCluster cluster, string key)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                return await Term(cluster, key).GetAsync().WaitAsync(s_probe);
            }
            catch (Exception error) when (DateTime.UtcNow < deadline && error is not OutOfMemoryException)
            {
                await Task.Delay(20);
            }
        }
    }

    /// <summary>When the membership table first shows the silo Dead (null: not within a minute; a graceful stop may leave the row ShuttingDown/Dead late).</summary>
    private static async Task<TimeSpan?> WhenDeadAsync(SiloCluster cluster, SiloProcess silo, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (await cluster.IsDeadAsync(silo))
            {
                return clock.Elapsed;
            }

            await Task.Delay(25);
        }

        return null;
    }
}
