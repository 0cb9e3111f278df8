using System.Data.Common;
using DataSpine.Hosting.Storage;
using Microsoft.Data.Sqlite;

namespace DataSpine.Hosting.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ds-storage-").FullName;
    private readonly List<SqliteGrainStorage> _opened = [];

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "state.db")}";

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        _opened.ForEach(storage => storage.Dispose());
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override RelationalGrainStorage Open(params IStateWriteHook[] hooks)
    {
        var storage = new SqliteGrainStorage(ConnectionString, hooks);
        _opened.Add(storage);
        return storage;
    }

    protected override async Task<DbConnection> ConnectAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
