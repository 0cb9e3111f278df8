using System.Text.Json.Nodes;
using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime.Storage;
using Npgsql;

namespace DataSpine.Cluster.Tests;

/// <summary>A brief second copy of a grain (two silos disagreeing on its owner) costs no call: ETag-checked writes catch it.</summary>
public sealed class StaleCopyTests
{
    [Fact]
    public async Task a_write_refused_because_another_copy_wrote_first_runs_again_on_the_stored_state()
    {
        await using var cluster = await TestCluster.StartAsync(silos: 1);
        var counter = cluster.Grains.GetGrain<ICounterGrain>("two-copies");
        (await counter.AddAsync(1)).ShouldBe(1);

        // What another copy of the grain on another silo would do meanwhile: write its own total through storage.
        await using var dataSource = NpgsqlDataSource.Create(cluster.Database);
        var storage = new PostgresGrainStorage(dataSource);
        var key = new StateKey("counter", "two-copies", "counter");
        var stored = (await storage.ReadAsync(key, default)).ShouldNotBeNull();
        var state = JsonNode.Parse(stored.Payload!)!.AsObject();
        state["total"] = 5;
        await storage.WriteAsync(key, state.ToJsonString(), stored.Etag, default);

        (await counter.AddAsync(10)).ShouldBe(15); // the stale copy's write was refused, and the call ran again on the stored 5
        (await counter.GetAsync()).ShouldBe(15);
    }
}
