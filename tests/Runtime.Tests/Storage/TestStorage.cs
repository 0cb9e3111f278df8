using DataSpine.Runtime.Storage;
using Npgsql;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>Real storage for tests: a fresh SQLite file, or the PostgreSQL the test command started.</summary>
public static class TestStorage
{
    public const string PostgresVariable = "DATASPINE_TEST_POSTGRES";

    public static SqliteGrainStorage NewSqlite() =>
        new($"Data Source={Path.Combine(Path.GetTempPath(), $"dataspine-test-{Guid.NewGuid():N}.db")}");

    /// <summary>Never skips: without the server the test fails and says how to get one.</summary>
    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with ./scripts/test.sh, which starts a private PostgreSQL.");

    public static PostgresGrainStorage NewPostgres() => new(NpgsqlDataSource.Create(PostgresConnectionString));

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
