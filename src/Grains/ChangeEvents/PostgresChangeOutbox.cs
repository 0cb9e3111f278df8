using System.Data.Common;
using Npgsql;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// The outbox in PostgreSQL. Silos write side by side, so a write takes a transaction-scoped advisory lock before it
/// draws its sequence numbers: numbers are then drawn in commit order, and a reader paging "after N" never misses a
/// smaller number that commits later. The publisher leads while it holds a session advisory lock on a connection of
/// its own; PostgreSQL releases it when that connection ends, also when the silo is killed.
/// </summary>
public sealed class PostgresChangeOutbox(NpgsqlDataSource dataSource) : ChangeOutbox
{
    private const long SequenceLock = 7242310;
    private const long PublisherLock = 7242311;

    public override Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS catalog_outbox (
                seq BIGSERIAL PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, type TEXT NOT NULL,
                at TEXT NOT NULL, event TEXT NOT NULL, published_at TEXT NULL);
            CREATE INDEX IF NOT EXISTS catalog_outbox_unpublished ON catalog_outbox (seq) WHERE published_at IS NULL;
            CREATE INDEX IF NOT EXISTS catalog_outbox_at ON catalog_outbox (at);
            """, cancellationToken);

    public override async Task<IPublisherLease?> TryLeadAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({PublisherLock})", connection);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new SessionLease(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    protected override Task LockSequenceAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({SequenceLock})", cancellationToken);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>The lock lives as long as the session; closing the connection (or losing it) gives it up.</summary>
    private sealed class SessionLease(NpgsqlConnection connection) : IPublisherLease
    {
        public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>Unlocks first: a pooled connection keeps its session (and the lock) until it is next used.</summary>
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({PublisherLock})", connection);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException)
            {
                // The connection is gone, and with it the session and its lock.
            }

            await connection.DisposeAsync();
        }
    }
}
