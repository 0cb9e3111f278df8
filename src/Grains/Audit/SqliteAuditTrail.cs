using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataSpine.Grains.Audit;

/// <summary>The audit trail in the embedded SQLite file (one writer: appends need no lock).</summary>
public sealed class SqliteAuditTrail(string connectionString, int checkpointEvery) : AuditTrail(checkpointEvery)
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
