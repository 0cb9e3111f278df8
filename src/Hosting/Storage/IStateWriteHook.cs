using System.Data.Common;

namespace DataSpine.Hosting.Storage;

/// <summary>Where one named state of one grain lives: grain type + key + state name (never the name alone).</summary>
public readonly record struct StateRowKey(string GrainType, string GrainKey, string StateName);

/// <summary>
/// Work that must commit in the same transaction as a grain's state row (the catalog's search index is
/// one): storage calls it after the row changed and before the commit, so both land or neither does.
/// </summary>
public interface IStateWriteHook
{
    /// <summary>Creates what the hook needs, on storage's connection, once, after storage's own table.</summary>
    Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken);

    Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateWrite write, CancellationToken cancellationToken);
}

/// <summary>
/// One state write as a hook sees it. <see cref="State"/> and <see cref="Payload"/> are null when the state was
/// cleared; <see cref="PreviousPayload"/> is what this activation last read or wrote (null for a new row, or
/// when the activation never read it), so a hook can tell what changed without reading the row again.
/// <see cref="CallContext"/> is Orleans' RequestContext of the call that wrote, captured before the write
/// is queued: a hook may run on another thread (SQLite's group commit), where RequestContext is not the caller's.
/// </summary>
public sealed record StateWrite(
    StateRowKey Key, Type StateType, object? State, string? Payload, string? PreviousPayload, long Version, IReadOnlyDictionary<string, object> CallContext);
