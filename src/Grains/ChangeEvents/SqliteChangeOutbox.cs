using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// The outbox in the embedded SQLite file: one writer, so AUTOINCREMENT numbers events in commit order (and never
/// reuses a number after retention), and one process, so its publisher leads without asking anyone.
/// </summary>
public sealed class SqliteChangeOutbox(string connectionString) : ChangeOutbox
{
    public override Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS catalog_outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, type TEXT NOT NULL,
                at TEXT NOT NULL, event TEXT NOT NULL, published_at TEXT NULL);
            CREATE INDEX IF NOT EXISTS catalog_outbox_unpublished ON catalog_outbox (seq) WHERE published_at IS NULL;
            CREATE INDEX IF NOT EXISTS catalog_outbox_at ON catalog_outbox (at);
            """, cancellationToken);

    public override Task<IPublisherLease?> TryLeadAsync(CancellationToken cancellationToken) => Task.FromResult<IPublisherLease?>(Alone.Instance);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private sealed class Alone : IPublisherLease
    {
        public static readonly Alone Instance = new();

        public Task<bool> IsHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
