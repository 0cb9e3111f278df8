using DataSpine.Runtime;

namespace DataSpine.Benchmarks.Runtime;

public interface IEchoGrain : IGrainWithStringKey
{
    Task<int> EchoAsync(int value);
}

public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<int> EchoAsync(int value) => Task.FromResult(value);
}

/// <summary>The baseline: the same interface call on a plain object, no runtime in between.</summary>
public sealed class DirectEcho : IEchoGrain
{
    public Task<int> EchoAsync(int value) => Task.FromResult(value);
}

public sealed record BenchState
{
    public int Value { get; set; }

    public string Note { get; set; } = "";
}

public interface IWriterGrain : IGrainWithStringKey
{
    Task WriteAsync(int value);
}

public sealed class WriterGrain([PersistentState("bench")] IPersistentState<BenchState> state) : Grain, IWriterGrain
{
    public async Task WriteAsync(int value)
    {
        state.State.Value = value;
        state.State.Note = "a short note that makes the payload look like a small record";
        await state.WriteStateAsync();
    }
}
