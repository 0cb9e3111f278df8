using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// A PostgreSQL sink. Rows are upserted by primary key with their values as untyped text, so the sink parses them
/// into its own column types (a value it cannot take is refused there, not here). The route's checkpoint (the LSN
/// applied last) is written in the same transaction as the rows, and a refused row goes to the dead-letter table in
/// that transaction too: a restart resumes after exactly what was committed.
/// </summary>
internal sealed partial class PostgresSink(NpgsqlConnection connection, string routeId) : ICdcSink
{
    private const int ChunkSize = 500;

    private readonly List<(SinkChange Change, NpgsqlLogSequenceNumber Lsn)> _pending = [];
    private NpgsqlTransaction? _transaction;
    private long _applied;
    private long _refused;

    public static async Task<PostgresSink> OpenAsync(string connectionString, string routeId, CancellationToken cancellationToken)
    {
        // Every chunk repeats the same few upsert statements: prepared once per connection, the sink skips parsing and planning them.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 32, AutoPrepareMinUsages = 2 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new PostgresSink(connection, routeId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await connection.DisposeAsync();
    }

    /// <summary>Creates the route's bookkeeping tables and each sink table that is missing (dropped columns left out, masked ones as text).</summary>
    public async Task EnsureTablesAsync(IEnumerable<CdcTable> tables, CancellationToken cancellationToken)
    {
        var meta = CdcNames.Quote(CdcNames.MetaSchema);
        await ExecuteAsync(
            $"""
            CREATE SCHEMA IF NOT EXISTS {meta};
            CREATE TABLE IF NOT EXISTS {meta}.checkpoints (
              route_id text PRIMARY KEY, lsn pg_lsn NOT NULL, snapshot_done boolean NOT NULL,
              rows_applied bigint NOT NULL DEFAULT 0, updated_at timestamptz NOT NULL DEFAULT now());
            CREATE TABLE IF NOT EXISTS {meta}.dead_letters (
              id bigserial PRIMARY KEY, route_id text NOT NULL, table_name text NOT NULL, operation text NOT NULL,
              row_data jsonb NOT NULL, old_key jsonb, error text NOT NULL, sql_state text, lsn pg_lsn NOT NULL,
              attempts integer NOT NULL DEFAULT 1, failed_at timestamptz NOT NULL DEFAULT now());
            CREATE INDEX IF NOT EXISTS dead_letters_route ON {meta}.dead_letters (route_id, id);
            """, cancellationToken);
        foreach (var table in tables)
        {
            var columns = string.Join(", ", table.SinkColumns.Select(c => $"{CdcNames.Quote(c.Name)} {c.SinkType}"));
            var keys = string.Join(", ", table.Keys.Select(CdcNames.Quote));
            await ExecuteAsync(
                $"CREATE SCHEMA IF NOT EXISTS {CdcNames.Quote(table.SinkSchema)}; CREATE TABLE IF NOT EXISTS {table.SinkQuoted} ({columns}, PRIMARY KEY ({keys}))",
                cancellationToken);
            // A column the source gained since the sink table was made is added (additive changes are safe; others are not applied).
            foreach (var column in table.SinkColumns)
            {
                await ExecuteAsync($"ALTER TABLE {table.SinkQuoted} ADD COLUMN IF NOT EXISTS {CdcNames.Quote(column.Name)} {column.SinkType}", cancellationToken);
            }
        }
    }

    /// <summary>The last committed checkpoint of the route, or null before its snapshot began.</summary>
    public async Task<SinkCheckpoint?> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT lsn::text, snapshot_done, rows_applied,
                   (SELECT count(*) FROM {CdcNames.MetaSchema}.dead_letters WHERE route_id = $1)
            FROM {CdcNames.MetaSchema}.checkpoints WHERE route_id = $1
            """, connection);
        command.Parameters.AddWithValue(routeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SinkCheckpoint(NpgsqlLogSequenceNumber.Parse(reader.GetString(0)), reader.GetBoolean(1), reader.GetInt64(2), reader.GetInt64(3))
            : null;
    }

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = await connection.BeginTransactionAsync(cancellationToken);
        _applied = _refused = 0;
    }

    /// <summary>
    /// Adds one change to the open transaction. Changes go to the sink in chunks of <see cref="ChunkSize"/>, one round
    /// trip each (a round trip per row held a route to a few hundred rows a second); the chunk is sent when full and at commit.
    /// </summary>
    public async Task ApplyAsync(SinkChange change, NpgsqlLogSequenceNumber lsn, CancellationToken cancellationToken)
    {
        _pending.Add((change, lsn));
        if (_pending.Count >= ChunkSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Sends what is pending, writes the checkpoint with the rows of this transaction, and commits both.</summary>
    public async Task<(long Applied, long Refused)> CommitAsync(NpgsqlLogSequenceNumber lsn, bool snapshotDone, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(
            $"""
            INSERT INTO {CdcNames.MetaSchema}.checkpoints (route_id, lsn, snapshot_done, rows_applied) VALUES ($1, $2::pg_lsn, $3, $4)
            ON CONFLICT (route_id) DO UPDATE SET lsn = EXCLUDED.lsn, snapshot_done = EXCLUDED.snapshot_done,
              rows_applied = {CdcNames.MetaSchema}.checkpoints.rows_applied + EXCLUDED.rows_applied, updated_at = now()
            """, connection, _transaction))
        {
            command.Parameters.AddWithValue(routeId);
            command.Parameters.AddWithValue(lsn.ToString());
            command.Parameters.AddWithValue(snapshotDone);
            command.Parameters.AddWithValue(_applied);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
        return (_applied, _refused);
    }

    /// <summary>
    /// Sends the pending changes in one batch under a savepoint. When the sink refuses one, the chunk is rolled back to
    /// the savepoint and sent again a row at a time, so that only the refused rows go to the dead letters, in order.
    /// </summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        if (await TryApplyAsync(_pending.Select(p => p.Change), cancellationToken) is null)
        {
            _applied += _pending.Count;
        }
        else
        {
            foreach (var (change, lsn) in _pending)
            {
                if (await TryApplyAsync([change], cancellationToken) is { } refusal)
                {
                    await DeadLetterAsync(change, lsn, refusal, cancellationToken);
                    _refused++;
                }
                else
                {
                    _applied++;
                }
            }
        }

        _pending.Clear();
    }

    private async Task DeadLetterAsync(SinkChange change, NpgsqlLogSequenceNumber lsn, PostgresException refusal, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {CdcNames.MetaSchema}.dead_letters (route_id, table_name, operation, row_data, old_key, error, sql_state, lsn)
            VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8::pg_lsn)
            """, connection, _transaction);
        command.Parameters.AddWithValue(routeId);
        command.Parameters.AddWithValue(change.Table.Qualified);
        command.Parameters.AddWithValue(change.Operation);
        command.Parameters.AddWithValue(JsonSerializer.Serialize(change.Row));
        command.Parameters.AddWithValue(change.OldKey is null ? DBNull.Value : JsonSerializer.Serialize(change.OldKey));
        command.Parameters.AddWithValue(refusal.MessageText);
        command.Parameters.AddWithValue(refusal.SqlState);
        command.Parameters.AddWithValue(lsn.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Empties a sink table in the open transaction (a snapshot starts from nothing, so a repeated snapshot leaves no stale rows).</summary>
    public async Task StartSnapshotAsync(CdcTable table, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"TRUNCATE {table.SinkQuoted}", connection, _transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<PostgresException?> TryApplyAsync(IEnumerable<SinkChange> changes, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, _transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SAVEPOINT cdc_rows"));
        foreach (var command in changes.SelectMany(SinkStatements.For))
        {
            batch.BatchCommands.Add(command);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("RELEASE SAVEPOINT cdc_rows"));
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return null;
        }
        catch (PostgresException e) when (IsRefusal(e))
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK TO SAVEPOINT cdc_rows", connection, _transaction);
            await rollback.ExecuteNonQueryAsync(cancellationToken);
            return e;
        }
    }

    /// <summary>
    /// A refusal of this row (data exception 22, integrity 23, a column or type the sink lacks 42): dead-lettered. Anything
    /// else (connection, resources, serialisation) is the sink's trouble, not the row's: the route retries from its checkpoint.
    /// </summary>
    private static bool IsRefusal(PostgresException e) => e.SqlState.Length == 5 && e.SqlState[..2] is "22" or "23" or "42";

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, _transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A route's checkpoint in its sink.</summary>
internal sealed record SinkCheckpoint(NpgsqlLogSequenceNumber Lsn, bool SnapshotDone, long RowsApplied, long DeadLetters);
