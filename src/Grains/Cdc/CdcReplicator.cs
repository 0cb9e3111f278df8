using System.Data;
using Microsoft.Extensions.Logging;
using Npgsql;
using Npgsql.Replication;
using Npgsql.Replication.PgOutput;
using NpgsqlTypes;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// A route's reader: owns the replication slot (pgoutput) while it runs. The first run exports a snapshot while
/// creating the slot, copies the tables in that snapshot and commits them with the slot's consistent point as the
/// checkpoint; from then on it streams from the slot and skips any transaction that ended at or before the checkpoint
/// the sink holds, so a restart neither loses nor doubles a change. Any failure (source or sink away) is retried from
/// the checkpoint with a growing pause.
/// </summary>
internal sealed partial class CdcReplicator(CdcPlan plan, CdcProgress progress, IGrainFactory grains, ILogger logger, TimeProvider clock)
{
    private static readonly TimeSpan s_maxPause = TimeSpan.FromSeconds(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(() => pause = TimeSpan.FromSeconds(1), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever broke, the reader must live on and retry from the checkpoint; the message names hosts and SQL
                // states, never the connection string (Npgsql does not echo passwords).
                progress.Failed($"{e.GetType().Name}: {e.Message}");
                LogRetry(logger, plan.RouteId, e.GetType().Name, e.Message, pause.TotalSeconds);
            }

            try
            {
                await Task.Delay(pause, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            pause = pause * 2 > s_maxPause ? s_maxPause : pause * 2;
        }
    }

    private async Task RunOnceAsync(Action healthy, CancellationToken cancellationToken)
    {
        var tables = await plan.LoadTablesAsync(cancellationToken);
        await EnsureCataloguedAsync(tables, cancellationToken);
        await using var sink = await CdcSinks.OpenAsync(plan, reader: true, cancellationToken);
        await sink.EnsureTablesAsync(tables, cancellationToken);
        var checkpoint = await sink.ReadCheckpointAsync(cancellationToken);
        await using var source = new NpgsqlConnection(plan.SourceConnection);
        await source.OpenAsync(cancellationToken);
        await EnsurePublicationAsync(source, tables, cancellationToken);
        var slotExists = await SlotExistsAsync(source, cancellationToken);

        await using var replication = new LogicalReplicationConnection(plan.SourceConnection);
        await replication.Open(cancellationToken);
        PgOutputReplicationSlot slot;
        NpgsqlLogSequenceNumber applied;
        if (slotExists && checkpoint is { SnapshotDone: true })
        {
            progress.Started(checkpoint, CdcStatuses.Streaming);
            slot = new PgOutputReplicationSlot(plan.Slot);
            applied = checkpoint.Lsn;
        }
        else
        {
            // No slot, or a snapshot that never committed: start over from a fresh slot and its exported snapshot.
            progress.Started(checkpoint, CdcStatuses.Snapshotting);
            if (slotExists)
            {
                await DropSlotAsync(source, plan.Slot, cancellationToken);
            }

            slot = await replication.CreatePgOutputReplicationSlot(plan.Slot, slotSnapshotInitMode: LogicalSlotSnapshotInitMode.Export, cancellationToken: cancellationToken);
            await SnapshotAsync(slot, tables, sink, cancellationToken);
            applied = slot.ConsistentPoint;
        }

        healthy();
        await StreamAsync(replication, slot, applied, tables.ToDictionary(t => t.Qualified), sink, cancellationToken);
    }

    private async Task SnapshotAsync(PgOutputReplicationSlot slot, IReadOnlyList<CdcTable> tables, ICdcSink sink, CancellationToken cancellationToken)
    {
        await using var source = new NpgsqlConnection(plan.SourceConnection);
        await source.OpenAsync(cancellationToken);
        await using var read = await source.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        // A snapshot name is server-made ("00000003-0000001B-1"); it cannot be a parameter, so its shape is checked.
        if (slot.SnapshotName is not { } name || !SnapshotName().IsMatch(name))
        {
            throw new InvalidOperationException("The replication slot exported no usable snapshot.");
        }

        await using (var set = new NpgsqlCommand($"SET TRANSACTION SNAPSHOT '{name}'", source, read))
        {
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        await sink.BeginAsync(cancellationToken);
        foreach (var table in tables)
        {
            await sink.StartSnapshotAsync(table, cancellationToken);
            var columns = table.SinkColumns.ToList();
            await using var select = new NpgsqlCommand(
                $"SELECT {string.Join(", ", columns.Select(c => CdcNames.Quote(c.Name) + "::text"))} FROM {CdcNames.Quote(table.Schema, table.Name)}", source, read);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new Dictionary<string, string?>(columns.Count, StringComparer.Ordinal);
                for (var i = 0; i < columns.Count; i++)
                {
                    row[columns[i].Name] = Handle(columns[i], reader.IsDBNull(i) ? null : reader.GetString(i));
                }

                await sink.ApplyAsync(new SinkChange(table, SinkChange.Insert, row), slot.ConsistentPoint, cancellationToken);
            }
        }

        var (rows, refused) = await sink.CommitAsync(slot.ConsistentPoint, snapshotDone: true, cancellationToken);
        progress.Committed(slot.ConsistentPoint.ToString(), rows, refused, null, CdcStatuses.Streaming);
    }

    private string? Handle(CdcColumn column, string? value) => column.Handling == ColumnHandling.Mask ? plan.Mask.Apply(value) : value;

    private async Task EnsurePublicationAsync(NpgsqlConnection source, IReadOnlyList<CdcTable> tables, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_publication WHERE pubname = $1", source);
        exists.Parameters.AddWithValue(plan.Slot);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand(
            $"CREATE PUBLICATION {CdcNames.Quote(plan.Slot)} FOR TABLE {string.Join(", ", tables.Select(t => CdcNames.Quote(t.Schema, t.Name)))}", source);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<bool> SlotExistsAsync(NpgsqlConnection source, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_replication_slots WHERE slot_name = $1", source);
        command.Parameters.AddWithValue(plan.Slot);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Drops the slot (when no reader holds it) and the publication of a route.</summary>
    public static async Task DropSlotAndPublicationAsync(string sourceConnection, string slot, CancellationToken cancellationToken)
    {
        await using var source = new NpgsqlConnection(sourceConnection);
        await source.OpenAsync(cancellationToken);
        await DropSlotAsync(source, slot, cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP PUBLICATION IF EXISTS {CdcNames.Quote(slot)}", source);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task DropSlotAsync(NpgsqlConnection source, string slot, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1", source);
        command.Parameters.AddWithValue(slot);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9A-F]+(-[0-9A-F]+)+$")]
    private static partial System.Text.RegularExpressions.Regex SnapshotName();

    [LoggerMessage(Level = LogLevel.Warning, Message = "CDC route {RouteId} failed ({ErrorType}: {Error}); retrying from its checkpoint in {PauseSeconds} s")]
    private static partial void LogRetry(ILogger logger, string routeId, string errorType, string error, double pauseSeconds);
}
