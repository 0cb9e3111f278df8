namespace DataSpine.Runtime.Tests.Grains;

public interface IProbeGrain : IGrainWithStringKey
{
    Task<int> WorkAsync(int delayMs);

    [ReadOnly]
    Task<int> ReadAsync(int delayMs);

    [AlwaysInterleave]
    Task<int> InterleaveAsync(int delayMs);
}

public sealed class ProbeGrain : Grain, IProbeGrain
{
    private ConcurrencyProbe Probe => ConcurrencyProbe.For(GetPrimaryKeyString());

    public Task<int> WorkAsync(int delayMs) => Probe.RunAsync(delayMs);

    public Task<int> ReadAsync(int delayMs) => Probe.RunAsync(delayMs);

    public Task<int> InterleaveAsync(int delayMs) => Probe.RunAsync(delayMs);
}

public interface IReentrantProbeGrain : IGrainWithStringKey
{
    Task<int> WorkAsync(int delayMs);
}

[Reentrant]
public sealed class ReentrantProbeGrain : Grain, IReentrantProbeGrain
{
    public Task<int> WorkAsync(int delayMs) => ConcurrencyProbe.For(GetPrimaryKeyString()).RunAsync(delayMs);
}
