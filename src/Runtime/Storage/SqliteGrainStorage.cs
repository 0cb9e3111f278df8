using System.Data.Common;
using DataSpine.Runtime.Search;
using Microsoft.Data.Sqlite;

namespace DataSpine.Runtime.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode, with an FTS5 table as the search index. SQLite has
/// a single writer, so writes go through one committer here instead of retrying on SQLITE_BUSY.
/// </summary>
public sealed partial class SqliteGrainStorage(string connectionString) : RelationalGrainStorage, ISearchIndex, IDisposable
{
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
        command.CommandText = $"PRAGMA journal_mode = WAL; {CreateTable}; {SearchSchema}";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await CreateSearchTablesAsync(connection, cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
