using System.Data.Common;
using Npgsql;

namespace DataSpine.Hosting.Storage;

/// <summary>Grain state in PostgreSQL, shared by every silo of a cluster.</summary>
public sealed class PostgresGrainStorage(NpgsqlDataSource dataSource, IEnumerable<IStateWriteHook> hooks) : RelationalGrainStorage(hooks)
{
    private const long SchemaLock = 7242001;

    protected override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = CreateTable;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Two silos starting at once would race on CREATE ... IF NOT EXISTS (storage's and its hooks'); the session lock makes it one at a time.</summary>
    protected override async Task<IAsyncDisposable> LockSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({SchemaLock})", cancellationToken);
        return new Unlock(connection);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Unlock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({SchemaLock})", CancellationToken.None);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);
}
