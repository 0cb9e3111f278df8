using System.Collections.Concurrent;
using DataSpine.Runtime.Calls;
using DataSpine.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Runtime.Tests.Calls;

public sealed class GrainCallTests
{
    private static string NewKey() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task a_call_that_outlives_the_call_timeout_throws_timeout_exception()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite(), o => o.CallTimeout = TimeSpan.FromMilliseconds(100));
        var grain = silo.Grains.GetGrain<ISlowGrain>(NewKey());

        var error = await Should.ThrowAsync<TimeoutException>(() => grain.SleepAsync(2000));
        error.Message.ShouldContain("slow/");
        (await silo.Grains.GetGrain<ISlowGrain>(NewKey()).EchoAsync(7)).ShouldBe(7);
    }

    [Fact]
    public async Task value_task_methods_return_their_results()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var grain = silo.Grains.GetGrain<ISlowGrain>(NewKey());
        (await grain.EchoAsync(42)).ShouldBe(42);
        await grain.NothingAsync();
    }

    [Fact]
    public async Task grain_references_pass_as_arguments_and_results()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var first = silo.Grains.GetGrain<ICounterGrain>(NewKey());
        var second = silo.Grains.GetGrain<ICounterGrain>(NewKey());
        await second.IncrementAsync("x");
        await second.IncrementAsync("y");

        (await first.ReadOtherAsync(second)).ShouldBe(2);
        var self = await second.SelfAsync();
        self.ShouldBe(second);
        (await self.GetAsync()).Value.ShouldBe(2);
    }

    [Fact]
    public async Task a_non_serializable_argument_is_refused_at_call_time()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var grain = silo.Grains.GetGrain<ISlowGrain>(NewKey());
        using var stream = new MemoryStream([1, 2, 3]);

        var error = Should.Throw<GrainCallSerializationException>(() => grain.LengthAsync(stream));
        error.Message.ShouldContain("LengthAsync");
    }

    [Fact]
    public async Task arguments_are_copied_so_the_caller_cannot_mutate_grain_state()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var grain = silo.Grains.GetGrain<ICounterGrain>(NewKey());
        await grain.IncrementAsync("a");
        var snapshot = await grain.GetAsync();
        ((List<string>)snapshot.History).Add("mutated by caller");

        (await grain.GetAsync()).History.ShouldBe(["a"]);
    }

    [Fact]
    public async Task incoming_call_filters_see_every_call()
    {
        var filter = new RecordingFilter();
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite(),
            services: s => s.AddSingleton<IIncomingGrainCallFilter>(filter));
        var key = NewKey();
        var grain = silo.Grains.GetGrain<ICounterGrain>(key);
        await grain.IncrementAsync("a");
        await grain.GetAsync();

        filter.Calls.Where(c => c.StartsWith(key, StringComparison.Ordinal))
            .ShouldBe([$"{key}.IncrementAsync=1", $"{key}.GetAsync=CounterSnapshot"]);
    }

    [Fact]
    public async Task timer_ticks_never_overlap_even_when_the_callback_outlasts_the_period()
    {
        await using var silo = await TestSilo.StartAsync(Storage.TestStorage.NewSqlite());
        var grain = silo.Grains.GetGrain<ITimerGrain>(NewKey());
        await grain.StartAsync(periodMs: 10, callbackMs: 40);
        for (var waited = 0; waited < 10_000 && await grain.TicksAsync() < 5; waited += 50)
        {
            await Task.Delay(50);
        }

        var report = await grain.StopAsync();

        report.Ticks.ShouldBeGreaterThanOrEqualTo(5);
        report.MaxOverlap.ShouldBe(1);
    }

    private sealed class RecordingFilter : IIncomingGrainCallFilter
    {
        public ConcurrentQueue<string> Calls { get; } = new();

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            await context.Invoke();
            var result = context.Result is int number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : context.Result?.GetType().Name;
            Calls.Enqueue($"{context.TargetId.Key}.{context.InterfaceMethod.Name}={result}");
        }
    }
}
