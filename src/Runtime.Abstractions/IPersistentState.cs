namespace DataSpine.Runtime;

/// <summary>
/// One named piece of durable grain state (Orleans' <c>IPersistentState&lt;T&gt;</c>). Writes carry the
/// <see cref="Etag"/>; a stale writer gets an <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public interface IPersistentState<TState>
{
    TState State { get; set; }

    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync();

    Task WriteStateAsync();

    Task ClearStateAsync();
}
