namespace DataSpine.Benchmarks.Local;

/// <summary>The cheapest grain call there is: an argument in, the same value out.</summary>
[Alias("bench.IEchoGrain")]
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

[GenerateSerializer, Alias("bench.BenchState")]
public sealed class BenchState
{
    [Id(0)]
    public int Value { get; set; }

    [Id(1)]
    public string Note { get; set; } = "";
}

/// <summary>One ETag-checked state write per call, through DataSpine's grain storage.</summary>
[Alias("bench.IWriterGrain")]
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

/// <summary>A caller inside the silo: calls echo grains in a loop, as one grain calls another.</summary>
[Alias("bench.ICallerGrain")]
public interface ICallerGrain : IGrainWithStringKey
{
    Task CallAsync(int first, int grains, int count);
}

public sealed class CallerGrain : Grain, ICallerGrain
{
    public async Task CallAsync(int first, int grains, int count)
    {
        var targets = Enumerable.Range(first, grains).Select(i => GrainFactory.GetGrain<IEchoGrain>($"e{i}")).ToArray();
        for (var i = 0; i < count; i++)
        {
            await targets[i % targets.Length].EchoAsync(i);
        }
    }
}
