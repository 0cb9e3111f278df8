using DataSpine.Runtime;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Management;

namespace DataSpine.Cluster.Tests;

/// <summary>Rendezvous placement: same membership, same owner everywhere; a departure moves only the departed silo's grains.</summary>
public sealed class PlacementTests
{
    private static ClusterView View(params int[] ports)
    {
        var view = new ClusterView();
        view.Update(new MembershipSnapshot(
            [.. ports.Select(p => new MembershipEntry(new SiloAddress("127.0.0.1", p, 1), "s", SiloStatus.Active, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, []))],
            ports.Length));
        return view;
    }

    [Fact]
    public void grains_spread_evenly_and_only_the_departed_silos_grains_move()
    {
        var three = View(1, 2, 3);
        var two = View(1, 3);
        var ids = Enumerable.Range(0, 30_000).Select(i => new GrainId("counter", $"k{i}")).ToList();

        var owners = ids.Select(id => three.OwnerOf(id)!.Value).ToList();
        owners.GroupBy(o => o.Port).Select(g => g.Count()).ShouldAllBe(c => c > 9_000 && c < 11_000);
        for (var i = 0; i < ids.Count; i++)
        {
            var after = two.OwnerOf(ids[i])!.Value;
            if (owners[i].Port != 2)
            {
                after.ShouldBe(owners[i]); // grains of surviving silos stay where they are
            }
        }

        View(3, 1, 2).OwnerOf(ids[0]).ShouldBe(three.OwnerOf(ids[0])); // order of rows does not matter
        new ClusterView().OwnerOf(ids[0]).ShouldBeNull();
    }
}
