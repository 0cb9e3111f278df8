using DataSpine.Grains.Telemetry;
using Npgsql.Replication;
using Npgsql.Replication.PgOutput;
using Npgsql.Replication.PgOutput.Messages;
using NpgsqlTypes;

namespace DataSpine.Grains.Cdc;

/// <summary>Streaming: one sink transaction per source transaction, committed with its end LSN as the checkpoint.</summary>
internal sealed partial class CdcReplicator
{
    private async Task StreamAsync(
        LogicalReplicationConnection replication,
        PgOutputReplicationSlot slot,
        NpgsqlLogSequenceNumber applied,
        IReadOnlyDictionary<string, CdcTable> tables,
        ICdcSink sink,
        CancellationToken cancellationToken)
    {
        var options = new PgOutputReplicationOptions(plan.Slot, PgOutputProtocolVersion.V1);
        var skip = false;
        await foreach (var message in replication.StartReplication(slot, options, cancellationToken, applied))
        {
            switch (message)
            {
                case BeginMessage begin:
                    // The slot may resend a transaction the sink already holds (its confirmation lags the sink's commit).
                    skip = begin.TransactionFinalLsn <= applied;
                    if (!skip)
                    {
                        await sink.BeginAsync(cancellationToken);
                    }

                    break;
                case RelationMessage relation when Table(relation, tables) is { } table && relation.Columns.Select(c => c.ColumnName).FirstOrDefault(c => table.Columns.All(t => t.Name != c)) is { } added:
                    // A column added while the route ran: start again (nothing of this transaction is committed), so the catalog
                    // scans it and the gate checks it before its values are copied. Fewer columns than known is an older
                    // relation replayed from the checkpoint, or a dropped column: nothing to do.
                    throw new CdcSchemaChangedException($"{table.Qualified} gained column {added}.");
                case CommitMessage commit when skip:
                    replication.SetReplicationStatus(commit.TransactionEndLsn);
                    break;
                case CommitMessage commit:
                    var (rows, refused) = await sink.CommitAsync(commit.TransactionEndLsn, snapshotDone: true, cancellationToken);
                    applied = commit.TransactionEndLsn;
                    var lag = Math.Max(0, (clock.GetUtcNow() - new DateTimeOffset(DateTime.SpecifyKind(commit.TransactionCommitTimestamp, DateTimeKind.Utc))).TotalSeconds);
                    DataSpineMeters.CdcLag(plan.RouteId, lag);
                    progress.Committed(applied.ToString(), rows, refused, lag, CdcStatuses.Streaming);
                    replication.SetReplicationStatus(applied);
                    await replication.SendStatusUpdate(cancellationToken);
                    break;
                case PgOutputReplicationMessage change when !skip && await ChangeAsync(change, tables, cancellationToken) is { } sinkChanges:
                    foreach (var sinkChange in sinkChanges)
                    {
                        await sink.ApplyAsync(sinkChange, message.WalStart, cancellationToken);
                    }

                    break;
            }
        }
    }

    /// <summary>The sink changes of one pgoutput change message (null for messages that change nothing, like relations).</summary>
    private async Task<IReadOnlyList<SinkChange>?> ChangeAsync(PgOutputReplicationMessage message, IReadOnlyDictionary<string, CdcTable> tables, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case InsertMessage insert when Table(insert.Relation, tables) is { } table:
                return [new SinkChange(table, SinkChange.Insert, await RowAsync(table, insert.Relation, insert.NewRow, false, cancellationToken))];
            case IndexUpdateMessage update when Table(update.Relation, tables) is { } table:
                var oldKey = await RowAsync(table, update.Relation, update.Key, true, cancellationToken);
                return [new SinkChange(table, SinkChange.Update, await RowAsync(table, update.Relation, update.NewRow, false, cancellationToken), oldKey)];
            case FullUpdateMessage update when Table(update.Relation, tables) is { } table:
                var oldRow = await RowAsync(table, update.Relation, update.OldRow, true, cancellationToken);
                return [new SinkChange(table, SinkChange.Update, await RowAsync(table, update.Relation, update.NewRow, false, cancellationToken), oldRow)];
            case UpdateMessage update when Table(update.Relation, tables) is { } table:
                return [new SinkChange(table, SinkChange.Update, await RowAsync(table, update.Relation, update.NewRow, false, cancellationToken))];
            case KeyDeleteMessage delete when Table(delete.Relation, tables) is { } table:
                return [new SinkChange(table, SinkChange.Delete, await RowAsync(table, delete.Relation, delete.Key, true, cancellationToken))];
            case FullDeleteMessage delete when Table(delete.Relation, tables) is { } table:
                return [new SinkChange(table, SinkChange.Delete, await RowAsync(table, delete.Relation, delete.OldRow, true, cancellationToken))];
            case TruncateMessage truncate:
                return truncate.Relations.Select(r => Table(r, tables)).OfType<CdcTable>()
                    .Select(t => new SinkChange(t, SinkChange.Truncate, new Dictionary<string, string?>())).ToList();
            default:
                return null;
        }
    }

    private static CdcTable? Table(RelationMessage relation, IReadOnlyDictionary<string, CdcTable> tables) =>
        tables.GetValueOrDefault($"{relation.Namespace}.{relation.RelationName}");

    /// <summary>
    /// The tuple's values as text, masked or left out as the route says; an unchanged TOAST value is left out too (the
    /// upsert then keeps what the sink has). Every value is read, in order, as the protocol requires.
    /// </summary>
    private async Task<Dictionary<string, string?>> RowAsync(CdcTable table, RelationMessage relation, ReplicationTuple tuple, bool keysOnly, CancellationToken cancellationToken)
    {
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        var index = 0;
        await foreach (var value in tuple.WithCancellation(cancellationToken))
        {
            var name = relation.Columns[index++].ColumnName;
            if (value.Kind == TupleDataKind.UnchangedToastedValue)
            {
                continue;
            }

            var text = value.IsDBNull ? null : await value.Get<string>(cancellationToken);
            var column = table.Columns.FirstOrDefault(c => c.Name == name);
            if (column is null || column.Handling == ColumnHandling.Drop || (keysOnly && !column.Key))
            {
                continue;
            }

            row[name] = Handle(column, text);
        }

        return row;
    }
}
