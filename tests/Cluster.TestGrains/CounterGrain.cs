using DataSpine.Runtime;

namespace DataSpine.Cluster.TestGrains;

/// <summary>A durable counter that also says which activation (process and instance) answered.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);

    [ReadOnly]
    Task<int> GetAsync();

    [ReadOnly]
    Task<string> GetActivationAsync();
}

public sealed record CounterState
{
    public int Total { get; set; }
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, ICounterGrain
{
    private readonly string _activation = $"{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<int> AddAsync(int amount)
    {
        counter.State.Total += amount;
        await counter.WriteStateAsync();
        return counter.State.Total;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Total);

    public Task<string> GetActivationAsync() => Task.FromResult(_activation);
}
