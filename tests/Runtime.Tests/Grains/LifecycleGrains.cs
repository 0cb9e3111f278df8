using System.Collections.Concurrent;

namespace DataSpine.Runtime.Tests.Grains;

/// <summary>What happened to each test grain, by key: constructions, activations, deactivations.</summary>
public static class Lifecycle
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> s_events = new();

    public static void Record(string key, string what) => s_events.GetOrAdd(key, _ => new()).Enqueue(what);

    public static IReadOnlyList<string> Of(string key) => [.. s_events.GetOrAdd(key, _ => new())];

    public static int Count(string key, string what) => Of(key).Count(e => e == what);
}

public interface ILifecycleGrain : IGrainWithStringKey
{
    Task<string> PingAsync();

    Task SetAsync(string value);

    Task<string?> GetAsync();

    Task LeaveAsync();

    Task StayAsync(int milliseconds);
}

public sealed record NoteState
{
    public string? Value { get; set; }
}

public sealed class LifecycleGrain : Grain, ILifecycleGrain
{
    private readonly IPersistentState<NoteState> _note;

    public LifecycleGrain([PersistentState("note")] IPersistentState<NoteState> note) => _note = note;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = GetPrimaryKeyString();
        Lifecycle.Record(key, "activate");
        if (key.StartsWith("fail-once", StringComparison.Ordinal) && Lifecycle.Count(key, "activate") == 1)
        {
            throw new InvalidOperationException("activation failed on purpose");
        }

        if (key.StartsWith("slow", StringComparison.Ordinal))
        {
            await Task.Delay(300, cancellationToken);
            Lifecycle.Record(key, "activated");
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Lifecycle.Record(GetPrimaryKeyString(), $"deactivate:{reason}");
        return Task.CompletedTask;
    }

    public Task<string> PingAsync()
    {
        Lifecycle.Record(GetPrimaryKeyString(), "ping");
        return Task.FromResult(string.Join(',', Lifecycle.Of(GetPrimaryKeyString())));
    }

    public async Task SetAsync(string value)
    {
        _note.State.Value = value;
        await _note.WriteStateAsync();
    }

    public Task<string?> GetAsync() => Task.FromResult(_note.State.Value);

    public Task LeaveAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task StayAsync(int milliseconds)
    {
        DelayDeactivation(TimeSpan.FromMilliseconds(milliseconds));
        return Task.CompletedTask;
    }
}
