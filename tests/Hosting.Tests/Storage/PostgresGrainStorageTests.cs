using System.Data.Common;
using DataSpine.Hosting.Storage;
using Npgsql;

namespace DataSpine.Hosting.Tests.Storage;

public sealed class PostgresGrainStorageTests : GrainStorageContract
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private string _connectionString = "";

    public override async Task InitializeAsync() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    public override async Task DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }

    protected override RelationalGrainStorage Open(params IStateWriteHook[] hooks)
    {
        var source = NpgsqlDataSource.Create(_connectionString);
        _sources.Add(source);
        return new PostgresGrainStorage(source, hooks);
    }

    protected override async Task<DbConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
