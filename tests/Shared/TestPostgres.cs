using Npgsql;

namespace DataSpine.Tests.Shared;

/// <summary>The PostgreSQL the test command started; each caller gets a database of its own.</summary>
public static class TestPostgres
{
    public const string Variable = "DATASPINE_TEST_POSTGRES";

    /// <summary>Never skips: without the server the test fails and says how to get one.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set. Run the tests with ./scripts/test.sh, which starts a private PostgreSQL.");

    public static async Task<string> CreateDatabaseAsync(params string[] statements)
    {
        var name = $"ds_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        return connectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, cutting off whoever is connected.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection(ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
