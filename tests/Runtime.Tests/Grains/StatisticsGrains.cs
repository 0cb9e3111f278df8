namespace DataSpine.Runtime.Tests.Grains;

/// <summary>A grain whose calls succeed or fail on request, for the call statistics.</summary>
public interface IFlakyGrain : IGrainWithStringKey
{
    Task<int> SucceedAsync(int value);

    Task FailAsync();
}

public sealed class FlakyGrain : Grain, IFlakyGrain
{
    public Task<int> SucceedAsync(int value) => Task.FromResult(value);

    public Task FailAsync() => throw new InvalidOperationException("failed on purpose");
}
