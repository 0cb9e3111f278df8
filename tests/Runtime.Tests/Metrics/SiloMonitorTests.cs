using DataSpine.Runtime.Management;
using DataSpine.Runtime.Metrics;
using DataSpine.Runtime.Tests.Grains;
using DataSpine.Runtime.Tests.Storage;
using DataSpine.Runtime.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Runtime.Tests.Metrics;

public sealed class SiloMonitorTests
{
    [Fact]
    public async Task the_snapshot_shows_a_silos_calls_errors_activations_and_history()
    {
        await using var silo = await TestSilo.StartAsync(TestStorage.NewSqlite());
        var key = $"monitor-{Guid.NewGuid():N}";
        var grain = silo.Grains.GetGrain<IFlakyGrain>(key);
        for (var i = 0; i < 5; i++)
        {
            (await grain.SucceedAsync(i)).ShouldBe(i);
        }

        for (var i = 0; i < 2; i++)
        {
            await Should.ThrowAsync<InvalidOperationException>(grain.FailAsync());
        }

        var identity = silo.Services.GetRequiredService<SiloIdentity>();
        for (var wait = 0; identity.Status != SiloStatus.Active && wait < 100; wait++)
        {
            await Task.Delay(50);   // Active once storage is initialized, in the background
        }

        silo.Services.GetRequiredService<SiloMonitor>().Tick(DateTimeOffset.UtcNow);
        var snapshot = silo.Services.GetRequiredService<ILocalSiloSnapshot>().Take();

        snapshot.Status.ShouldBe(SiloStatus.Active);
        snapshot.Silo.ShouldBe(identity.Name);
        snapshot.Activations.ShouldContain(new GrainTypeStatistics("flaky", 1));
        var calls = snapshot.Calls.Where(c => c.GrainType == "flaky").ToDictionary(c => c.Method);
        (calls["SucceedAsync"].Calls, calls["SucceedAsync"].Errors).ShouldBe((5, 0));
        (calls["FailAsync"].Calls, calls["FailAsync"].Errors).ShouldBe((2, 2));
        snapshot.WindowSeconds.ShouldBeGreaterThan(0);
        snapshot.History.ShouldNotBeEmpty();
        snapshot.History.Sum(p => p.Calls).ShouldBeGreaterThanOrEqualTo(7);
        snapshot.Process.WorkingSetBytes.ShouldBeGreaterThan(0);
        snapshot.Process.ProcessorCount.ShouldBe(Environment.ProcessorCount);
    }

    [Fact]
    public async Task the_management_grain_answers_from_the_same_snapshots()
    {
        await using var silo = await TestSilo.StartAsync(TestStorage.NewSqlite());
        await silo.Grains.GetGrain<IFlakyGrain>($"mgmt-{Guid.NewGuid():N}").SucceedAsync(1);

        var silos = await silo.Grains.GetGrain<IManagementGrain>("cluster").GetSilosAsync();

        var snapshot = silo.Services.GetRequiredService<ILocalSiloSnapshot>().Take();
        silos.Single().Silo.ShouldBe(snapshot.Silo);
        silos.Single().GrainTypes.ShouldContain(new GrainTypeStatistics("flaky", 1));
        silos.Single().TotalActivations.ShouldBe(silos.Single().GrainTypes.Sum(t => t.Activations));
    }

    [Fact]
    public async Task the_history_keeps_one_point_per_second_for_five_minutes()
    {
        await using var silo = await TestSilo.StartAsync(TestStorage.NewSqlite());
        var monitor = new SiloMonitor(silo.Services.GetRequiredService<SiloIdentity>(),
            silo.Services.GetRequiredService<GrainTypeRegistry>(), new CallStatistics(), TimeProvider.System);
        var start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        for (var second = 0; second < SiloMonitor.HistorySeconds + 20; second++)
        {
            monitor.Tick(start.AddSeconds(second));
        }

        monitor.Tick(start.AddSeconds(SiloMonitor.HistorySeconds + 19).AddMilliseconds(500));   // a second tick in the same second

        var history = monitor.Take().History;
        history.Count.ShouldBe(SiloMonitor.HistorySeconds);
        history[0].UnixSecond.ShouldBe(start.ToUnixTimeSeconds() + 20);
        history[^1].UnixSecond.ShouldBe(start.ToUnixTimeSeconds() + SiloMonitor.HistorySeconds + 19);
        history.Select(p => p.UnixSecond).ShouldBeInOrder();
    }
}
