using System.Data.Common;
using Npgsql;

namespace DataSpine.Grains.Audit;

/// <summary>
/// The audit trail in PostgreSQL. Silos write side by side, so each append takes a transaction-scoped
/// advisory lock before reading the head: two writers never link to the same record, and the lock goes
/// with the commit. State writes therefore commit one at a time across the cluster (docs/audit.md).
/// </summary>
public sealed class PostgresAuditTrail(NpgsqlDataSource dataSource, int checkpointEvery) : AuditTrail(checkpointEvery)
{
    private const long ChainLock = 7242300;

    protected override async Task LockChainAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({ChainLock})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);
}
