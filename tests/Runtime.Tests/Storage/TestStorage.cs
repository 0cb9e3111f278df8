using DataSpine.Runtime.Storage;
using Npgsql;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>Real storage for tests: a fresh SQLite file, or the PostgreSQL the test command started.</summary>
public static class TestStorage
{
    public static SqliteGrainStorage NewSqlite() =>
        new($"Data Source={Path.Combine(Path.GetTempPath(), $"dataspine-test-{Guid.NewGuid():N}.db")}");

    public static PostgresGrainStorage NewPostgres() => new(NpgsqlDataSource.Create(TestPostgres.ConnectionString));

    public static IGrainStorage Create(string provider) => provider switch
    {
        "sqlite" => NewSqlite(),
        "postgres" => NewPostgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static async Task<IGrainStorage> CreateInitializedAsync(string provider)
    {
        var storage = Create(provider);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }
}
