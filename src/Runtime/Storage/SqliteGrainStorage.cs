using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataSpine.Runtime.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. SQLite has a single writer, so writes take turns
/// here instead of retrying on SQLITE_BUSY.
/// </summary>
public sealed class SqliteGrainStorage(string connectionString) : RelationalGrainStorage, IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    protected override async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && path != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; {CreateTable};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _writer.Dispose();

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    protected override async Task<int> ExecuteWriteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            // WAL + NORMAL: a commit survives a process crash without an fsync per write.
            await using (var pragma = command.Connection!.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous = NORMAL";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }
}
