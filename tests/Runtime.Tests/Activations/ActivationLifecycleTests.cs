using DataSpine.Runtime.Tests.Grains;

namespace DataSpine.Runtime.Tests.Activations;

public sealed class ActivationLifecycleTests
{
    private static string NewKey(string prefix = "") => prefix + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task one_activation_per_grain_id_under_concurrent_first_calls()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var key = NewKey();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>(key);

        await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => grain.PingAsync())));

        Lifecycle.Count(key, "activate").ShouldBe(1);
        Lifecycle.Count(key, "ping").ShouldBe(32);
    }

    [Fact]
    public async Task requests_arriving_during_activation_wait_for_it()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var key = NewKey("slow-");
        var grain = silo.Grains.GetGrain<ILifecycleGrain>(key);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => grain.PingAsync()));

        answers.ShouldAllBe(events => events.StartsWith("activate,activated,ping", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_throwing_on_activate_leaves_no_half_activated_grain_and_the_next_call_retries()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var key = NewKey("fail-once-");
        var grain = silo.Grains.GetGrain<ILifecycleGrain>(key);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => grain.PingAsync());
        error.Message.ShouldBe("activation failed on purpose");
        Lifecycle.Count(key, "ping").ShouldBe(0);

        (await grain.PingAsync()).ShouldBe("activate,activate,ping");
    }

    [Fact]
    public async Task idle_grains_are_collected_and_reactivated_with_their_state()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite(), o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(200);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        var key = NewKey();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>(key);
        await grain.SetAsync("kept");

        await WaitUntil(() => Lifecycle.Count(key, "deactivate:IdleCollection") == 1);

        (await grain.GetAsync()).ShouldBe("kept");
        Lifecycle.Count(key, "activate").ShouldBe(2);
    }

    [Fact]
    public async Task a_busy_grain_is_not_collected()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite(), o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(500);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(20);
        });
        var key = NewKey();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>(key);
        for (var i = 0; i < 30; i++)
        {
            await grain.PingAsync();
            await Task.Delay(30);
        }

        Lifecycle.Count(key, "activate").ShouldBe(1);
    }

    [Fact]
    public async Task delay_deactivation_keeps_an_idle_grain_past_the_collection_age_and_no_longer()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite(), o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(100);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(20);
        });
        var key = NewKey();
        await silo.Grains.GetGrain<ILifecycleGrain>(key).StayAsync(2000);

        await Task.Delay(500); // five collection ages
        Lifecycle.Count(key, "deactivate:IdleCollection").ShouldBe(0);
        await WaitUntil(() => Lifecycle.Count(key, "deactivate:IdleCollection") == 1, timeoutMs: 10_000);
    }

    [Fact]
    public async Task deactivate_on_idle_runs_on_deactivate_and_the_next_call_reactivates()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var key = NewKey();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>(key);
        await grain.SetAsync("v");
        await grain.LeaveAsync();

        (await grain.GetAsync()).ShouldBe("v");
        Lifecycle.Of(key).ShouldBe(["activate", "deactivate:ApplicationRequested", "activate"]);
    }

    [Fact]
    public async Task stopping_the_silo_deactivates_every_grain()
    {
        var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var keys = Enumerable.Range(0, 5).Select(_ => NewKey()).ToList();
        foreach (var key in keys)
        {
            await silo.Grains.GetGrain<ILifecycleGrain>(key).PingAsync();
        }

        await silo.DisposeAsync();

        keys.ShouldAllBe(key => Lifecycle.Count(key, "deactivate:ShuttingDown") == 1);
    }

    internal static async Task WaitUntil(Func<bool> condition, int timeoutMs = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(10);
        }
    }
}
