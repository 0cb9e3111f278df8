namespace DataSpine.Benchmarks.Cluster;

/// <summary>A grain that says which silo holds it, and answers pings.</summary>
[Alias("bench.IPingGrain")]
public interface IPingGrain : IGrainWithStringKey
{
    Task<string> WhereAsync();

    Task<int> PingAsync(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<string> WhereAsync() => Task.FromResult(RuntimeIdentity);

    public Task<int> PingAsync(int value) => Task.FromResult(value);
}

/// <summary>One caller inside a silo: pings grains that live on the other silo (remote) or on its own (local).</summary>
[Alias("bench.IPingCallerGrain")]
public interface IPingCallerGrain : IGrainWithStringKey
{
    /// <summary>Keeps the ping grains among <paramref name="keys"/> that live on another silo (remote) or on this one; answers how many.</summary>
    Task<int> PrepareAsync(IReadOnlyList<string> keys, bool remote);

    /// <summary>Pings the kept grains one after another for <paramref name="duration"/>; answers how many calls it made.</summary>
    Task<int> CallForAsync(TimeSpan duration);
}

public sealed class PingCallerGrain : Grain, IPingCallerGrain
{
    private IPingGrain[] _targets = [];

    public async Task<int> PrepareAsync(IReadOnlyList<string> keys, bool remote)
    {
        var kept = new List<IPingGrain>();
        foreach (var key in keys)
        {
            var target = GrainFactory.GetGrain<IPingGrain>(key);
            if ((await target.WhereAsync() != RuntimeIdentity) == remote)
            {
                kept.Add(target);
            }
        }

        _targets = [.. kept];
        return _targets.Length;
    }

    public async Task<int> CallForAsync(TimeSpan duration)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var calls = 0;
        while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < duration)
        {
            await _targets[calls % _targets.Length].PingAsync(calls);
            calls++;
        }

        return calls;
    }
}
