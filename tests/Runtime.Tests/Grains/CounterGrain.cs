namespace DataSpine.Runtime.Tests.Grains;

public sealed record CounterState
{
    public int Value { get; set; }

    public List<string> History { get; set; } = [];
}

public sealed record CounterSnapshot(int Value, IReadOnlyList<string> History, bool RecordExists);

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync(string note);

    [ReadOnly]
    Task<CounterSnapshot> GetAsync();

    Task ResetAsync();

    /// <summary>Calls another grain through a reference it was given.</summary>
    Task<int> ReadOtherAsync(ICounterGrain other);

    Task<ICounterGrain> SelfAsync();
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, ICounterGrain
{
    public async Task<int> IncrementAsync(string note)
    {
        counter.State.Value++;
        counter.State.History.Add(note);
        await counter.WriteStateAsync();
        return counter.State.Value;
    }

    public Task<CounterSnapshot> GetAsync() =>
        Task.FromResult(new CounterSnapshot(counter.State.Value, counter.State.History, counter.RecordExists));

    public Task ResetAsync() => counter.ClearStateAsync();

    public async Task<int> ReadOtherAsync(ICounterGrain other) => (await other.GetAsync()).Value;

    public Task<ICounterGrain> SelfAsync() => Task.FromResult(GrainFactory.GetGrain<ICounterGrain>(GetPrimaryKeyString()));
}
