using System.Data.Common;
using System.Threading.Channels;

namespace DataSpine.Hosting.Storage;

/// <summary>
/// Group commit: writers queue their units, and one committer runs every unit queued meanwhile in a
/// single transaction, each under its own savepoint (a unit that fails or meets a stale ETag changes
/// nothing and fails alone), then commits once and answers them all. A commit (WAL append, FTS5
/// segment flush) costs more than most units, so concurrent writers such as a scan's fan-out share it.
/// A unit is answered only after its commit, and one cancelled before it ran is not written.
/// </summary>
public sealed partial class SqliteGrainStorage
{
    private const int MaxUnitsPerCommit = 64;

    private readonly Channel<QueuedUnit> _units = Channel.CreateUnbounded<QueuedUnit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _committerLock = new();
    private Task? _committer;

    public void Dispose()
    {
        _units.Writer.TryComplete();
        _committer?.Wait(TimeSpan.FromSeconds(10));
    }

    protected override Task<int> WriteUnitAsync(WriteWork work, CancellationToken cancellationToken)
    {
        lock (_committerLock)
        {
            _committer ??= Task.Run(CommitQueuedAsync, CancellationToken.None);
        }

        var unit = new QueuedUnit(work, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously), cancellationToken);
        ObjectDisposedException.ThrowIf(!_units.Writer.TryWrite(unit), this);

        return unit.Done.Task;
    }

    private async Task CommitQueuedAsync()
    {
        var batch = new List<QueuedUnit>(MaxUnitsPerCommit);
        while (await _units.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxUnitsPerCommit && _units.Reader.TryRead(out var unit))
            {
                batch.Add(unit);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<QueuedUnit> batch)
    {
        var outcomes = new List<(QueuedUnit Unit, int Rows, Exception? Error)>(batch.Count);
        try
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            await using (var pragma = connection.CreateCommand())
            {
                // WAL + NORMAL: a commit survives a process crash without an fsync per write.
                pragma.CommandText = "PRAGMA synchronous = NORMAL";
                await pragma.ExecuteNonQueryAsync();
            }

            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var unit in batch)
            {
                outcomes.Add(await RunAsync(connection, transaction, unit));
            }

            await transaction.CommitAsync();
        }
        catch (Exception error)
        {
            foreach (var unit in batch)
            {
                unit.Done.TrySetException(error);
            }

            return;
        }

        foreach (var (unit, rows, error) in outcomes)
        {
            _ = error switch
            {
                null => unit.Done.TrySetResult(rows),
                OperationCanceledException => unit.Done.TrySetCanceled(unit.Cancellation),
                _ => unit.Done.TrySetException(error),
            };
        }
    }

    private static async Task<(QueuedUnit, int, Exception?)> RunAsync(DbConnection connection, DbTransaction transaction, QueuedUnit unit)
    {
        if (unit.Cancellation.IsCancellationRequested)
        {
            return (unit, 0, new OperationCanceledException(unit.Cancellation));
        }

        await transaction.SaveAsync("unit");
        try
        {
            var rows = await unit.Work(connection, transaction, unit.Cancellation);
            await transaction.ReleaseAsync("unit");
            return (unit, rows, null);
        }
        catch (Exception error)
        {
            // A rollback that fails too leaves the transaction unusable: it throws, and the whole batch fails.
            await transaction.RollbackAsync("unit");
            await transaction.ReleaseAsync("unit");
            return (unit, 0, error);
        }
    }

    private sealed record QueuedUnit(WriteWork Work, TaskCompletionSource<int> Done, CancellationToken Cancellation);
}
