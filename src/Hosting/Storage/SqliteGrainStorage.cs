using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataSpine.Hosting.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. SQLite has a single writer, so writes go through
/// one committer here instead of retrying on SQLITE_BUSY.
/// </summary>
public sealed partial class SqliteGrainStorage(string connectionString, IEnumerable<IStateWriteHook> hooks)
    : RelationalGrainStorage(hooks), IDisposable
{
    protected override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; {CreateTable}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Creates the folder of a file database, so a fresh machine needs nothing prepared.</summary>
    public static void EnsureFolder(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && path != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
