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

    /// <summary>Every write this hook saw, in order.</summary>
    public List<StateWrite> Seen { get; } = [];

    public virtual async Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateWrite write, CancellationToken cancellationToken)
    {
        Seen.Add(write);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Table} (grain_key, name) VALUES (@k, @n)";
        Add(command, "k", write.Key.GrainKey);
        Add(command, "n", (write.State as AssetState)?.Name ?? (object)DBNull.Value);
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
    public override async Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateWrite write, CancellationToken cancellationToken)
    {
        await base.OnStateWrittenAsync(connection, transaction, write, cancellationToken);
        throw new InvalidOperationException("hook failed");
    }
}
