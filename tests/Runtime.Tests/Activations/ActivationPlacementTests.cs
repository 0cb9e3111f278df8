using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Runtime.Tests.Activations;

/// <summary>
/// What a silo does with grains it does not own (in a cluster, placement decides): it creates no activation, and
/// an activation told to move away mid-activation does not stay behind.
/// </summary>
public sealed class ActivationPlacementTests
{
    private static string NewKey(string prefix = "") => prefix + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task a_grain_placed_elsewhere_is_refused_and_not_activated_here()
    {
        var placement = new SwitchablePlacement();
        await using var silo = await StartAsync(placement);
        var key = NewKey();
        placement.Refuse(key);

        await Should.ThrowAsync<NotOwnerException>(() => silo.Grains.GetGrain<ILifecycleGrain>(key).PingAsync());

        Lifecycle.Of(key).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_grain_that_moves_away_while_activating_deactivates_once_activated_and_its_waiting_calls_go_elsewhere()
    {
        var placement = new SwitchablePlacement();
        await using var silo = await StartAsync(placement);
        var key = NewKey("slow-"); // OnActivateAsync takes 300 ms
        var ping = silo.Grains.GetGrain<ILifecycleGrain>(key).PingAsync();
        await ActivationLifecycleTests.WaitUntil(() => Lifecycle.Count(key, "activate") == 1);

        placement.Refuse(key);
        silo.Services.GetRequiredService<ActivationDirectory>().DeactivateWhere(id => !placement.MayActivateHere(id)).Count.ShouldBe(1);

        await Should.ThrowAsync<NotOwnerException>(() => ping);
        Lifecycle.Of(key).ShouldBe(["activate", "activated", "deactivate:Migrating"]);
    }

    [Fact]
    public async Task a_grain_asked_to_leave_while_activating_leaves_and_its_waiting_calls_reactivate_it()
    {
        await using var silo = await StartAsync(new SwitchablePlacement());
        var key = NewKey("slow-");
        var ping = silo.Grains.GetGrain<ILifecycleGrain>(key).PingAsync();
        await ActivationLifecycleTests.WaitUntil(() => Lifecycle.Count(key, "activate") == 1);

        silo.Services.GetRequiredService<ActivationDirectory>().DeactivateWhere(id => id.Key == key).Count.ShouldBe(1);

        (await ping).ShouldBe("activate,activated,deactivate:Migrating,activate,activated,ping");
    }

    private static Task<TestSilo> StartAsync(IActivationPlacement placement) =>
        TestSilo.StartAsync(Storage.TestStorage.NewSqlite(), services: s => s.AddSingleton(placement));

    private sealed class SwitchablePlacement : IActivationPlacement
    {
        private readonly HashSet<string> _refused = [];

        public void Refuse(string key)
        {
            lock (_refused)
            {
                _refused.Add(key);
            }
        }

        public bool MayActivateHere(GrainId id)
        {
            lock (_refused)
            {
                return !_refused.Contains(id.Key);
            }
        }
    }
}
