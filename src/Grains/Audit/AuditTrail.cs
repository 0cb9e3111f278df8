using System.Data.Common;
using System.Globalization;
using DataSpine.Hosting.Storage;

namespace DataSpine.Grains.Audit;

/// <summary>
/// The audit trail: a hash-chained table in the grain-state database, appended to by storage in the same
/// transaction as every state write, so a change without its record (or a record without its change)
/// cannot exist. Every <see cref="CheckpointEvery"/> records the head is also written to audit_checkpoint,
/// so that a tail cut off the chain is noticed (an exported head does the same from outside the database).
/// </summary>
public abstract partial class AuditTrail : IStateWriteHook
{
    private const string Columns = "seq, at, actor, action, target, operation, diff, client, correlation, outcome, prev_hash, hash";

    protected AuditTrail(int checkpointEvery) => CheckpointEvery = checkpointEvery > 0 ? checkpointEvery : 100;

    public int CheckpointEvery { get; }

    public async Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS audit_log (
                seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,
                operation TEXT NULL, diff TEXT NOT NULL, client TEXT NULL, correlation TEXT NULL, outcome TEXT NOT NULL,
                prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor, seq);
            CREATE INDEX IF NOT EXISTS audit_log_target ON audit_log (target, seq);
            CREATE TABLE IF NOT EXISTS audit_checkpoint (seq BIGINT PRIMARY KEY, hash TEXT NOT NULL, at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS audit_anchor (seq BIGINT PRIMARY KEY, hash TEXT NOT NULL, at TEXT NOT NULL, pruned_at TEXT NOT NULL);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (actor, client, operation, correlation) = AuditContext.From(write.CallContext);
        return AppendAsync(connection, transaction, new AuditEntry(
            actor,
            ActionOf(write),
            $"{write.Key.GrainType}/{write.Key.GrainKey}/{write.Key.StateName}",
            operation,
            AuditDiff.Between(write.PreviousPayload, write.Payload),
            client,
            correlation,
            AuditOutcomes.Committed), cancellationToken);
    }

    /// <summary>
    /// Appends a record for something that changed no state (a refused request, a read of sampled values) in a
    /// transaction of its own, on the same chain as the state writes.
    /// </summary>
    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var record = await AppendAsync(connection, transaction, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    private async Task<AuditRecord> AppendAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await LockChainAsync(connection, transaction, cancellationToken);
        var head = await HeadAsync(connection, transaction, cancellationToken);
        var record = AuditChain.Seal(new AuditRecord(
            (head?.Seq ?? 0) + 1,
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Action,
            entry.Target,
            entry.Operation,
            entry.Diff,
            entry.Client,
            entry.Correlation,
            entry.Outcome,
            head?.Hash ?? AuditChain.Genesis,
            ""));
        await InsertAsync(connection, transaction, record, cancellationToken);
        if (record.Seq % CheckpointEvery == 0)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO audit_checkpoint (seq, hash, at) VALUES (@seq, @hash, @at)", cancellationToken,
                ("seq", record.Seq), ("hash", record.Hash), ("at", record.At));
        }

        return record;
    }

    /// <summary>Serializes appends across writers (PostgreSQL); SQLite's single writer needs nothing.</summary>
    protected virtual Task LockChainAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>"created", "changed" or "cleared", after the grain type: "source.created".</summary>
    private static string ActionOf(StateWrite write) =>
        $"{write.Key.GrainType}.{(write.Payload is null ? "cleared" : write.Version == 1 ? "created" : "changed")}";

    private static async Task<AuditHead?> HeadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AuditHead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    private static Task InsertAsync(DbConnection connection, DbTransaction transaction, AuditRecord r, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            $"INSERT INTO audit_log ({Columns}) VALUES (@seq, @at, @actor, @action, @target, @operation, @diff, @client, @correlation, @outcome, @prev, @hash)",
            cancellationToken,
            ("seq", r.Seq), ("at", r.At), ("actor", r.Actor), ("action", r.Action), ("target", r.Target), ("operation", r.Operation),
            ("diff", r.Diff), ("client", r.Client), ("correlation", r.Correlation), ("outcome", r.Outcome), ("prev", r.PreviousHash), ("hash", r.Hash));

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static AuditRecord ReadRecord(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetString(11));
}
