using System.Data.Common;
using System.Globalization;
using DataSpine.Runtime.Search;

namespace DataSpine.Runtime.Storage;

/// <summary>
/// The grain-state table and its ETag rules, shared by SQLite and PostgreSQL: one row per
/// (grain type, grain key, state name) with a version that every write compares and increments.
/// A clear keeps the row with a null payload so that versions never restart (no ABA on re-create).
/// </summary>
public abstract class RelationalGrainStorage : IGrainStorage
{
    protected const string CreateTable = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type TEXT NOT NULL,
            grain_key TEXT NOT NULL,
            state_name TEXT NOT NULL,
            payload TEXT NULL,
            version BIGINT NOT NULL,
            updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (grain_type, grain_key, state_name))
        """;

    private const string Where = "grain_type = @t AND grain_key = @k AND state_name = @s";

    private readonly Lock _schemaLock = new();
    private Task? _schema;

    /// <summary>Creates the table once; a failed attempt is retried by the next caller.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        lock (_schemaLock)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = CreateSchemaAsync(CancellationToken.None);
            }

            return _schema.IsCompletedSuccessfully ? Task.CompletedTask : _schema.WaitAsync(cancellationToken);
        }
    }

    public async Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadAsync(connection, key, cancellationToken);
    }

    public Task<string> WriteAsync(StateKey key, string payload, string? etag, CancellationToken cancellationToken) =>
        WriteAsync(key, payload, etag, null, cancellationToken);

    public Task<string> WriteIndexedAsync(StateKey key, string payload, string? etag, SearchDocument? document, CancellationToken cancellationToken) =>
        WriteAsync(key, payload, etag, (connection, transaction, token) => document is null
            ? DeleteDocumentAsync(connection, transaction, key, token)
            : UpsertDocumentAsync(connection, transaction, key, document, token), cancellationToken);

    public async Task<string?> ClearAsync(StateKey key, string? etag, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var expected = ParseEtag(etag, key);
        if (expected is null)
        {
            var existing = await ReadAsync(key, cancellationToken);
            return existing is null
                ? null
                : throw Conflict(key, existing.Etag, etag);
        }

        var sql = $"UPDATE grain_state SET payload = NULL, version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE {Where} AND version = @v";
        await ExecuteConditionalAsync(key, sql, null, expected, etag,
            (connection, transaction, token) => DeleteDocumentAsync(connection, transaction, key, token), cancellationToken);
        return (expected.Value + 1).ToString(CultureInfo.InvariantCulture);
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM grain_state WHERE 1 = 0";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    protected abstract Task CreateSchemaAsync(CancellationToken cancellationToken);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs one write unit in a transaction and commits it, answering the rows it changed. PostgreSQL
    /// takes writers side by side; SQLite has one writer and commits several units at once.
    /// </summary>
    protected virtual async Task<int> WriteUnitAsync(WriteWork work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await work(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    protected delegate Task<int> WriteWork(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    protected abstract Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, StateKey key, SearchDocument document, CancellationToken cancellationToken);

    protected abstract Task DeleteDocumentAsync(DbConnection connection, DbTransaction transaction, StateKey key, CancellationToken cancellationToken);

    protected static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private async Task<string> WriteAsync(StateKey key, string payload, string? etag, IndexWork? index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        await InitializeAsync(cancellationToken);
        var expected = ParseEtag(etag, key);
        var sql = expected is null
            ? "INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES (@t, @k, @s, @p, 1) ON CONFLICT DO NOTHING"
            : $"UPDATE grain_state SET payload = @p, version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE {Where} AND version = @v";
        await ExecuteConditionalAsync(key, sql, payload, expected, etag, index, cancellationToken);
        return ((expected ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The conditional write and its index work commit together or not at all.</summary>
    private async Task ExecuteConditionalAsync(
        StateKey key, string sql, string? payload, long? expected, string? etag, IndexWork? index, CancellationToken cancellationToken)
    {
        var changed = await WriteUnitAsync(async (connection, transaction, token) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            AddKey(command, key);
            Add(command, "p", (object?)payload ?? DBNull.Value);
            if (expected is not null)
            {
                Add(command, "v", expected.Value);
            }

            var rows = await command.ExecuteNonQueryAsync(token);
            if (rows > 0 && index is not null)
            {
                await index(connection, transaction, token);
            }

            return rows;
        }, cancellationToken);

        if (changed == 0)
        {
            var stored = await ReadAsync(key, cancellationToken);
            throw Conflict(key, stored?.Etag, etag);
        }
    }

    private static async Task<StoredState?> ReadAsync(DbConnection connection, StateKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT payload, version FROM grain_state WHERE {Where}";
        AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var payload = await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetString(0);
        return new StoredState(payload, reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
    }

    private static void AddKey(DbCommand command, StateKey key)
    {
        Add(command, "t", key.GrainType);
        Add(command, "k", key.GrainKey);
        Add(command, "s", key.StateName);
    }

    private static long? ParseEtag(string? etag, StateKey key) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw Conflict(key, null, etag);

    private delegate Task IndexWork(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    private static InconsistentStateException Conflict(StateKey key, string? stored, string? current) =>
        new($"State {key.StateName} of {key.GrainType}/{key.GrainKey} was written by someone else " +
            $"(stored version {stored ?? "none"}, this writer read {current ?? "none"}).", stored, current);
}
