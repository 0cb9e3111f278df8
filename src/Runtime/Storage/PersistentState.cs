using DataSpine.Runtime.Search;

namespace DataSpine.Runtime.Storage;

/// <summary>Loaded by the activation before OnActivateAsync.</summary>
internal interface ILoadableState
{
    /// <summary>Whether this activation has written the state (the stored row is its own doing since then).</summary>
    bool Written { get; }

    Task ReadStateAsync();
}

/// <summary>One named state of one grain, bound to its storage row.</summary>
internal sealed class PersistentState<TState>(IGrainStorage storage, StateKey key, StateSerializer serializer)
    : IPersistentState<TState>, ILoadableState
    where TState : new()
{
    public TState State { get; set; } = new();

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public bool Written { get; private set; }

    public async Task ReadStateAsync()
    {
        var stored = await storage.ReadAsync(key, CancellationToken.None);
        Etag = stored?.Etag;
        RecordExists = stored?.Payload is not null;
        State = stored?.Payload is { } payload ? serializer.Deserialize<TState>(payload) : new TState();
    }

    public async Task WriteStateAsync()
    {
        var payload = serializer.Serialize(State);
        Etag = State is IIndexedState indexed
            ? await storage.WriteIndexedAsync(key, payload, Etag, indexed.ToSearchDocument(), CancellationToken.None)
            : await storage.WriteAsync(key, payload, Etag, CancellationToken.None);
        RecordExists = true;
        Written = true;
    }

    public async Task ClearStateAsync()
    {
        Etag = await storage.ClearAsync(key, Etag, CancellationToken.None);
        RecordExists = false;
        Written = true;
        State = new TState();
    }
}
