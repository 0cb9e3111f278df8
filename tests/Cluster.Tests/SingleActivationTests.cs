using System.Collections.Concurrent;
using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime.Management;

namespace DataSpine.Cluster.Tests;

/// <summary>Orleans' duplicate-activations shape: callers keep calling while one silo joins and another leaves.</summary>
public sealed class SingleActivationTests
{
    private const int Callers = 100;
    private const int Targets = 10;

    [Fact]
    public async Task each_target_has_exactly_one_activation_once_membership_settles()
    {
        await using var cluster = await TestCluster.StartAsync(silos: 2);
        var targets = Enumerable.Range(0, Targets).Select(i => cluster.Grains.GetGrain<ICounterGrain>($"target-{i}")).ToList();
        using var stop = new CancellationTokenSource();
        var errors = new ConcurrentQueue<Exception>();
        var calls = 0;
        var callers = Enumerable.Range(0, Callers).Select(c => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await targets[c % Targets].GetActivationAsync();
                    Interlocked.Increment(ref calls);
                }
                catch (Exception error)
                {
                    errors.Enqueue(error);
                }
            }
        })).ToList();

        await cluster.AddSiloAsync();
        var leaving = cluster.Silos[0];
        await leaving.StopAsync();
        (await cluster.StatusAsync(leaving)).ShouldBe(SiloStatus.Dead);
        await Task.Delay(TimeSpan.FromSeconds(2)); // two membership refreshes: every process sees the same silos
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        errors.ShouldBeEmpty(string.Join("\n", errors.Take(5)));
        calls.ShouldBeGreaterThan(Callers);
        foreach (var target in targets)
        {
            var seen = await Task.WhenAll(Enumerable.Range(0, Callers / Targets).Select(_ => target.GetActivationAsync()));
            seen.Distinct().Count().ShouldBe(1);
        }
    }
}
