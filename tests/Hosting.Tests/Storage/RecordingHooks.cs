using System.Data.Common;
using DataSpine.Hosting.Storage;

namespace DataSpine.Hosting.Tests.Storage;

/// <summary>Writes one row per state write into its own table, in storage's transaction.</summary>
public class RecordingHook : IStateWriteHook
{
    public const string Table = "hook_record";

    public async Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE IF NOT EXISTS {Table} (grain_key TEXT NOT NULL, name TEXT NULL)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public virtual async Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, Type stateType, object? state, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Table} (grain_key, name) VALUES (@k, @n)";
        Add(command, "k", key.GrainKey);
        Add(command, "n", (state as AssetState)?.Name ?? (object)DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>Records, then fails: neither its row nor the state write may survive.</summary>
public sealed class FailingHook : RecordingHook
{
    public override async Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, Type stateType, object? state, CancellationToken cancellationToken)
    {
        await base.OnStateWrittenAsync(connection, transaction, key, stateType, state, cancellationToken);
        throw new InvalidOperationException("hook failed");
    }
}
