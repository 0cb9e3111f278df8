using System.Data.Common;
using Npgsql;

namespace DataSpine.Runtime.Storage;

/// <summary>Grain state in PostgreSQL, shared by every silo of a cluster; search over a tsvector column.</summary>
public sealed partial class PostgresGrainStorage(NpgsqlDataSource dataSource) : RelationalGrainStorage
{
    protected override async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Two silos starting at once may race on CREATE ... IF NOT EXISTS; the lock makes it one at a time.
        command.CommandText = $"SELECT pg_advisory_xact_lock(7242001); {CreateTable}; {SearchSchema}; {PostgresSearchFilters.Schema}; {PostgresSearchWords.Schema}";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);
}
