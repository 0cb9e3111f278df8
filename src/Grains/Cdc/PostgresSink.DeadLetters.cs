using System.Text.Json;
using Npgsql;

namespace DataSpine.Grains.Cdc;

/// <summary>The route's dead-letter table: list, and replay after the sink was fixed.</summary>
internal sealed partial class PostgresSink
{
    public const int MaxReplay = 10_000;

    public async Task<IReadOnlyList<CdcDeadLetter>> ListDeadLettersAsync(int limit, CancellationToken cancellationToken)
    {
        var letters = new List<CdcDeadLetter>();
        await using var command = new NpgsqlCommand(
            $"""
            SELECT id, table_name, operation, row_data::text, error, sql_state, lsn::text, attempts, failed_at
            FROM {CdcNames.MetaSchema}.dead_letters WHERE route_id = $1 ORDER BY id LIMIT $2
            """, connection);
        command.Parameters.AddWithValue(routeId);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new CdcDeadLetter(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(3))!,
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), reader.GetInt32(7),
                reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return letters;
    }

    /// <summary>Applies each dead letter again in one transaction: applied ones leave the table, refused ones keep the newest error.</summary>
    public async Task<CdcReplay> ReplayAsync(IReadOnlyList<CdcTable> tables, CancellationToken cancellationToken)
    {
        var letters = new List<(long Id, SinkChange Change)>();
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT id, table_name, operation, row_data::text, old_key::text
            FROM {CdcNames.MetaSchema}.dead_letters WHERE route_id = $1 ORDER BY id LIMIT {MaxReplay}
            """, connection))
        {
            command.Parameters.AddWithValue(routeId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var table = tables.FirstOrDefault(t => t.Qualified == reader.GetString(1));
                if (table is not null)
                {
                    letters.Add((reader.GetInt64(0), new SinkChange(table, reader.GetString(2),
                        JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(3))!,
                        reader.IsDBNull(4) ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(4)))));
                }
            }
        }

        await BeginAsync(cancellationToken);
        int applied = 0, failing = 0;
        foreach (var (id, change) in letters)
        {
            var refusal = await TryApplyAsync([change], cancellationToken);
            await using var command = refusal is null
                ? new NpgsqlCommand($"DELETE FROM {CdcNames.MetaSchema}.dead_letters WHERE id = $1", connection, _transaction)
                : new NpgsqlCommand($"UPDATE {CdcNames.MetaSchema}.dead_letters SET error = $2, sql_state = $3, attempts = attempts + 1, failed_at = now() WHERE id = $1", connection, _transaction);
            command.Parameters.AddWithValue(id);
            if (refusal is not null)
            {
                command.Parameters.AddWithValue(refusal.MessageText);
                command.Parameters.AddWithValue(refusal.SqlState);
                failing++;
            }
            else
            {
                applied++;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var bump = new NpgsqlCommand(
            $"UPDATE {CdcNames.MetaSchema}.checkpoints SET rows_applied = rows_applied + $2 WHERE route_id = $1", connection, _transaction))
        {
            bump.Parameters.AddWithValue(routeId);
            bump.Parameters.AddWithValue((long)applied);
            await bump.ExecuteNonQueryAsync(cancellationToken);
        }

        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
        return new CdcReplay(applied, failing);
    }
}
