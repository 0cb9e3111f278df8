using DataSpine.Runtime.Tests.Grains;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>The runtime over each real storage engine: state outlives the silo; stale writers lose.</summary>
public abstract class DurableStateTests
{
    protected abstract string Provider { get; }

    private static string NewKey() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task state_survives_a_silo_restart()
    {
        var storage = TestStorage.Create(Provider);
        var key = NewKey();
        await using (var first = await TestSilo.StartAsync(storage))
        {
            var grain = first.Grains.GetGrain<ICounterGrain>(key);
            await grain.IncrementAsync("one");
            await grain.IncrementAsync("two");
        }

        await using var second = await TestSilo.StartAsync(storage);
        var snapshot = await second.Grains.GetGrain<ICounterGrain>(key).GetAsync();
        snapshot.ShouldBe(new CounterSnapshot(2, ["one", "two"], RecordExists: true), new SnapshotComparer());
    }

    [Fact]
    public async Task a_stale_activation_cannot_overwrite_a_newer_write_and_reloads_after()
    {
        var storage = TestStorage.Create(Provider);
        var key = NewKey();
        await using var a = await TestSilo.StartAsync(storage);
        await using var b = await TestSilo.StartAsync(storage);
        var onA = a.Grains.GetGrain<ICounterGrain>(key);
        var onB = b.Grains.GetGrain<ICounterGrain>(key);
        await onA.GetAsync();
        await onB.GetAsync();

        (await onA.IncrementAsync("from a")).ShouldBe(1);
        await Should.ThrowAsync<InconsistentStateException>(() => onB.IncrementAsync("from b, stale"));

        (await onB.IncrementAsync("from b, reloaded")).ShouldBe(2);
        (await onB.GetAsync()).History.ShouldBe(["from a", "from b, reloaded"]);
    }

    [Fact]
    public async Task a_cleared_state_reads_as_new_after_restart()
    {
        var storage = TestStorage.Create(Provider);
        var key = NewKey();
        await using (var first = await TestSilo.StartAsync(storage))
        {
            var grain = first.Grains.GetGrain<ICounterGrain>(key);
            await grain.IncrementAsync("one");
            await grain.ResetAsync();
            (await grain.IncrementAsync("two")).ShouldBe(1);
            await grain.ResetAsync();
        }

        await using var second = await TestSilo.StartAsync(storage);
        (await second.Grains.GetGrain<ICounterGrain>(key).GetAsync()).RecordExists.ShouldBeFalse();
    }

    private sealed class SnapshotComparer : IEqualityComparer<CounterSnapshot>
    {
        public bool Equals(CounterSnapshot? x, CounterSnapshot? y) =>
            x is not null && y is not null && x.Value == y.Value && x.RecordExists == y.RecordExists && x.History.SequenceEqual(y.History);

        public int GetHashCode(CounterSnapshot obj) => obj.Value;
    }
}

public sealed class SqliteDurableStateTests : DurableStateTests
{
    protected override string Provider => "sqlite";
}

public sealed class PostgresDurableStateTests : DurableStateTests
{
    protected override string Provider => "postgres";
}
