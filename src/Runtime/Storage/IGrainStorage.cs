using DataSpine.Runtime.Search;

namespace DataSpine.Runtime.Storage;

/// <summary>Where one named state of one grain lives: grain type + key + state name (never the name alone).</summary>
public readonly record struct StateKey(string GrainType, string GrainKey, string StateName);

/// <summary>A stored state row; <see cref="Payload"/> is null after a clear (the version goes on).</summary>
public sealed record StoredState(string? Payload, string Etag);

/// <summary>
/// Durable grain state. Every write and clear names the ETag it read; if storage holds another version
/// the call throws <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Creates tables when missing; idempotent, and every other operation awaits it first.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken);

    /// <summary>Writes the payload if storage holds <paramref name="etag"/> (null: no row yet); returns the new ETag.</summary>
    Task<string> WriteAsync(StateKey key, string payload, string? etag, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="WriteAsync"/>, and in the same transaction puts the grain's search document in the
    /// full-text index (or takes it out when <paramref name="document"/> is null).
    /// </summary>
    Task<string> WriteIndexedAsync(StateKey key, string payload, string? etag, SearchDocument? document, CancellationToken cancellationToken);

    /// <summary>Clears the payload under the same rule, and the grain's search document; returns the new ETag (null when there was no row).</summary>
    Task<string?> ClearAsync(StateKey key, string? etag, CancellationToken cancellationToken);

    /// <summary>Throws when storage cannot be reached (readiness and start-up checks).</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
