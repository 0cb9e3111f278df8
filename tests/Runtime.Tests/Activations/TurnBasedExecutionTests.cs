using DataSpine.Runtime.Tests.Grains;

namespace DataSpine.Runtime.Tests.Activations;

public sealed class TurnBasedExecutionTests : IAsyncLifetime
{
    private TestSilo _silo = null!;

    public async Task InitializeAsync() => _silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    private static string NewKey() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task concurrent_calls_to_one_non_reentrant_grain_never_overlap()
    {
        var key = NewKey();
        var grain = _silo.Grains.GetGrain<IProbeGrain>(key);

        var seen = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => grain.WorkAsync(5))));

        seen.ShouldAllBe(inFlight => inFlight == 1);
        ConcurrencyProbe.For(key).MaxInFlight.ShouldBe(1);
        ConcurrencyProbe.For(key).ParallelExecutions.ShouldBe(0);
    }

    [Fact]
    public async Task calls_to_a_reentrant_grain_interleave_but_never_run_in_parallel()
    {
        var key = NewKey();
        var grain = _silo.Grains.GetGrain<IReentrantProbeGrain>(key);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => grain.WorkAsync(50))));

        ConcurrencyProbe.For(key).MaxInFlight.ShouldBeGreaterThan(1);
        ConcurrencyProbe.For(key).ParallelExecutions.ShouldBe(0);
    }

    [Fact]
    public async Task read_only_calls_interleave_with_each_other()
    {
        var key = NewKey();
        var grain = _silo.Grains.GetGrain<IProbeGrain>(key);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => grain.ReadAsync(50))));

        ConcurrencyProbe.For(key).MaxInFlight.ShouldBeGreaterThan(1);
        ConcurrencyProbe.For(key).ParallelExecutions.ShouldBe(0);
    }

    [Fact]
    public async Task a_read_only_call_waits_for_a_running_exclusive_call()
    {
        var key = NewKey();
        var grain = _silo.Grains.GetGrain<IProbeGrain>(key);
        var exclusive = grain.WorkAsync(100);
        var read = grain.ReadAsync(1);

        (await read).ShouldBe(1);
        (await exclusive).ShouldBe(1);
    }

    [Fact]
    public async Task always_interleave_calls_run_beside_an_exclusive_call()
    {
        var key = NewKey();
        var grain = _silo.Grains.GetGrain<IProbeGrain>(key);
        var exclusive = grain.WorkAsync(200);
        await Task.Delay(20);

        (await grain.InterleaveAsync(1)).ShouldBe(2);
        await exclusive;
    }

    [Fact]
    public async Task requests_keep_their_arrival_order_for_an_exclusive_grain()
    {
        var grain = _silo.Grains.GetGrain<ICounterGrain>(NewKey());
        var calls = Enumerable.Range(1, 50).Select(i => grain.IncrementAsync($"n{i}")).ToList();

        (await Task.WhenAll(calls)).ShouldBe(Enumerable.Range(1, 50));
        (await grain.GetAsync()).History.ShouldBe(Enumerable.Range(1, 50).Select(i => $"n{i}"));
    }

    [Fact]
    public async Task stateless_workers_spread_concurrent_calls_over_local_activations()
    {
        var grain = _silo.Grains.GetGrain<IWorkerGrain>(NewKey());
        var instances = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => grain.WhoAsync(50)));
        instances.Distinct().Count().ShouldBe(2);
    }
}
