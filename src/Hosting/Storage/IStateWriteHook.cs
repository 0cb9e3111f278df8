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

    /// <summary><paramref name="state"/> is the state written, or null when it was cleared.</summary>
    Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, Type stateType, object? state, CancellationToken cancellationToken);
}
