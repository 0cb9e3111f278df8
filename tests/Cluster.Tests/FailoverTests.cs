using System.Diagnostics;
using DataSpine.Grains.Glossary;
using Xunit.Abstractions;

namespace DataSpine.Cluster.Tests;

/// <summary>SIGKILL one of three silo processes during writes: every acknowledged write is readable, with its state, on the survivors.</summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int Terms = 60;

    [Fact]
    public async Task every_acknowledged_write_survives_the_sigkill_of_a_silo()
    {
        await using var cluster = await TestCluster.StartAsync(silos: 3);
        var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        for (var i = 0; i < Terms / 2; i++)
        {
            await WriteAsync(cluster, i, acknowledged);
        }

        var owners = await Task.WhenAll(acknowledged.Keys.Select(id => cluster.OwnerOfAsync(cluster.Grains.GetGrain<IGlossaryTermGrain>(id))));
        var victim = owners.GroupBy(o => o).OrderByDescending(g => g.Count()).First().Key;

        // Writes keep coming while the silo dies; only those that were answered count as acknowledged.
        var writing = Task.Run(async () =>
        {
            for (var i = Terms / 2; i < Terms; i++)
            {
                try
                {
                    await WriteAsync(cluster, i, acknowledged);
                }
                catch (Exception error) when (error is TimeoutException or OrleansException or SiloUnavailableException)
                {
                    // Not acknowledged: the caller was told it failed.
                }
            }
        });
        victim.Kill();
        var killedAt = Stopwatch.StartNew();
        await writing;

        var missing = acknowledged.Keys.ToList();
        await TestCluster.WaitForAsync(async () =>
        {
            var reads = await Task.WhenAll(missing.Select(async id => (id, view: await ReadOrNullAsync(cluster, id))));
            missing = [.. reads.Where(r => r.view?.Definition != acknowledged[r.id]).Select(r => r.id)];
            return missing.Count == 0;
        }, TimeSpan.FromSeconds(60), () => $"{missing.Count} acknowledged terms unreadable: {string.Join(", ", missing.Take(5))}\n{cluster.LogTails()}");
        output.WriteLine($"{acknowledged.Count} acknowledged writes readable {killedAt.Elapsed.TotalSeconds:F1} s after the SIGKILL");
        acknowledged.Count.ShouldBeGreaterThan(Terms / 2);
    }

    private static async Task WriteAsync(TestCluster cluster, int i, System.Collections.Concurrent.ConcurrentDictionary<string, string> acknowledged)
    {
        var id = $"term-{i}";
        var definition = $"definition {i} written at {DateTime.UtcNow:O}";
        var saved = await cluster.Grains.GetGrain<IGlossaryTermGrain>(id).CreateAsync(new TermDefinition($"Term {i}", definition, [], null), TermStatus.Approved);
        saved.Succeeded.ShouldBeTrue(saved.Error);
        acknowledged[id] = definition;
    }

    private static async Task<TermView?> ReadOrNullAsync(TestCluster cluster, string id)
    {
        try
        {
            return await cluster.Grains.GetGrain<IGlossaryTermGrain>(id).GetAsync();
        }
        catch (Exception error) when (error is TimeoutException or OrleansException or SiloUnavailableException)
        {
            return null;
        }
    }
}
