using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Harvests a SQLite file, opened read-only, from sqlite_schema and its table pragmas. The file must be a
/// regular file below the allowed roots, checked before each open; cancelling interrupts a running query.
/// </summary>
internal sealed class SqliteConnector(string path, SourceAccess access) : ISourceConnector
{
    private const string Schema = "main";

    private static readonly RelationalProfiler s_profiler = new(
        type => !type.Contains("BLOB", StringComparison.OrdinalIgnoreCase),
        expression => $"CAST({expression} AS TEXT)");

    public async Task TestConnectionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var interrupt = Interrupt(connection, cancellationToken);
        await ReadObjectsAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<HarvestedAsset>> HarvestAsync(ScanScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var interrupt = Interrupt(connection, cancellationToken);
        var assets = new List<HarvestedAsset>();
        if (!scope.Covers(Schema))
        {
            return assets;
        }

        foreach (var (type, name, sql) in await ReadObjectsAsync(connection, cancellationToken))
        {
            var columns = await ReadColumnsAsync(connection, name, cancellationToken);
            var primaryKey = columns.Where(c => c.PrimaryKeyOrder > 0).OrderBy(c => c.PrimaryKeyOrder).Select(c => c.Column.Name).ToList();
            var foreignKeys = type == AssetType.Table ? await ReadForeignKeysAsync(connection, name, cancellationToken) : [];
            var infos = columns.Select(c => c.Column).ToList();
            var definition = type == AssetType.View ? sql : null;
            assets.Add(new HarvestedAsset($"{Schema}.{name}", Schema, name, type, infos, primaryKey, foreignKeys,
                null, null, null, definition, AssetFingerprint.Compute(type, infos, primaryKey, foreignKeys, definition)));
        }

        return assets;
    }

    public async Task<TableProfile> ProfileAsync(HarvestedAsset asset, ScanScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var interrupt = Interrupt(connection, cancellationToken);
        return await s_profiler.ProfileAsync(connection, asset, scope, cancellationToken);
    }

    /// <summary>Microsoft.Data.Sqlite runs queries synchronously and ignores the token once one runs: sqlite3_interrupt stops it.</summary>
    private static CancellationTokenRegistration Interrupt(SqliteConnection connection, CancellationToken cancellationToken) =>
        cancellationToken.Register(() =>
        {
            if (connection.Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        });

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // The resolved path is opened: a link swapped after this check is not followed to somewhere else.
        var file = access.Paths.RegularFile(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException error)
        {
            await connection.DisposeAsync();
            throw new SourceAccessException(SourceAccessException.Unreadable, $"Cannot open '{path}' as SQLite: {error.Message}", error);
        }
    }

    private static async Task<List<(AssetType Type, string Name, string? Sql)>> ReadObjectsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var objects = new List<(AssetType, string, string?)>();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                objects.Add((reader.GetString(0) == "view" ? AssetType.View : AssetType.Table, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }
        catch (SqliteException error)
        {
            throw new SourceAccessException(SourceAccessException.Unreadable, $"Cannot read the SQLite schema: {error.Message}", error);
        }

        return objects;
    }

    private static async Task<List<(ColumnInfo Column, int PrimaryKeyOrder)>> ReadColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        var columns = new List<(ColumnInfo, int)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(@t) ORDER BY cid";
        command.Parameters.AddWithValue("@t", table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt32(6) == 1)
            {
                continue; // hidden columns of virtual tables
            }

            var column = new ColumnInfo(reader.GetString(1), reader.GetInt32(0) + 1, reader.GetString(2), reader.GetInt32(3) == 0,
                reader.IsDBNull(4) ? null : reader.GetString(4));
            columns.Add((column, reader.GetInt32(5)));
        }

        return columns;
    }

    private static async Task<List<ForeignKeyInfo>> ReadForeignKeysAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        var keys = new SortedDictionary<long, (string Table, List<string> From, List<string> To)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(@t) ORDER BY id, seq";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@t";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!keys.TryGetValue(id, out var key))
            {
                keys[id] = key = (reader.GetString(1), [], []);
            }

            key.From.Add(reader.GetString(2));
            key.To.Add(reader.IsDBNull(3) ? "" : reader.GetString(3));
        }

        return [.. keys.Select(k => new ForeignKeyInfo($"fk_{table}_{k.Key}", k.Value.From, $"{Schema}.{k.Value.Table}", k.Value.To))];
    }
}
