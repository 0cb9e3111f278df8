using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataSpine.Cluster.Tests;

/// <summary>
/// A brief second copy of a grain (two silos disagreeing on its owner while membership changes) costs no call
/// and no stale answer: ETag-checked writes catch a stale copy's write, and the silo that wrote tells the new owner.
/// </summary>
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

    [Fact]
    public async Task the_new_owner_drops_a_copy_it_activated_before_the_old_owner_last_wrote()
    {
        // The first silo reads membership only every 20 s (first at 20 s after its start), so after a second silo joins it still takes itself for the owner of every grain for a while.
        var timings = new Dictionary<string, string>(TestCluster.Timings) { ["Cluster__TableRefreshPeriod"] = "00:00:20", ["Cluster__IAmAlivePeriod"] = "00:01:00" };
        await using var cluster = await TestCluster.StartAsync(silos: 1, timings: timings);
        var first = cluster.Silos[0];
        var keys = Enumerable.Range(0, 20).Select(i => $"moving-{i}").ToList();
        foreach (var k in keys)
        {
            await cluster.Grains.GetGrain<ICounterGrain>(k).AddAsync(1);
        }

        var second = await cluster.AddSiloAsync();
        await cluster.RefreshMembershipAsync();
        var key = keys.First(k => cluster.OwnerOf(new GrainId("counter", k)) == second);
        var counter = cluster.Grains.GetGrain<ICounterGrain>(key);
        (await counter.GetAsync()).ShouldBe(1); // the new owner's copy, read from storage

        // A call that reaches the first silo before it reads the change: by its view the grain is still its own, and it writes.
        (await AddOnAsync(cluster, first, key, 10)).ShouldBe(11);

        int total = 0;
        await TestCluster.WaitForAsync(async () => (total = await counter.GetAsync()) == 11, TimeSpan.FromSeconds(30),
            () => $"the new owner's copy still answers {total}, the state it read before the first silo's write\n{first.Log}");
    }

    /// <summary>Calls AddAsync on the given silo as another silo would, without a membership version (so it does not re-read first).</summary>
    private static async Task<int> AddOnAsync(TestCluster cluster, SiloProcess silo, string key, int amount)
    {
        var address = cluster.ClientServices.GetRequiredService<ClusterView>().ActiveSilos.Single(s => s.Port == silo.SiloPort);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{silo.SiloPort}{RemoteCallProtocol.CallPath}")
        {
            Content = new StringContent($"[{amount}]", Encoding.UTF8, "application/json"),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Add(RemoteCallProtocol.Interface, typeof(ICounterGrain).FullName);
        request.Headers.Add(RemoteCallProtocol.Key, Uri.EscapeDataString(key));
        request.Headers.Add(RemoteCallProtocol.Method, $"{typeof(ICounterGrain).FullName}.{nameof(ICounterGrain.AddAsync)}(System.Int32)");
        request.Headers.Add(RemoteCallProtocol.Generation, address.Generation.ToString(CultureInfo.InvariantCulture));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return int.Parse(body, CultureInfo.InvariantCulture);
    }
}
