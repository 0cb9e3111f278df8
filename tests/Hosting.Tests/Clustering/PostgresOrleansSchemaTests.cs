using DataSpine.Hosting.Clustering;
using Npgsql;

namespace DataSpine.Hosting.Tests.Clustering;

public sealed class PostgresOrleansSchemaTests
{
    private static readonly string[] ClusteringQueries =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
    ];

    private static readonly string[] ReminderQueries =
    [
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public async Task a_fresh_database_gets_every_table_and_query_and_records_its_version()
    {
        var cs = await TestPostgres.CreateDatabaseAsync();

        await PostgresOrleansSchema.MigrateAsync(cs, CancellationToken.None);

        var queries = await ColumnAsync<string>(cs, "SELECT querykey FROM orleansquery");
        ClusteringQueries.Concat(ReminderQueries).ShouldBeSubsetOf(queries);
        var tables = await ColumnAsync<string>(cs, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'");
        new[] { "orleansmembershipversiontable", "orleansmembershiptable", "orleansreminderstable", "dataspine_schema_version" }
            .ShouldBeSubsetOf(tables);
        (await VersionsAsync(cs)).ShouldBe(Enumerable.Range(1, PostgresOrleansSchema.LatestVersion));
    }

    [Fact]
    public async Task migrating_an_already_migrated_database_changes_nothing()
    {
        var cs = await TestPostgres.CreateDatabaseAsync();
        await PostgresOrleansSchema.MigrateAsync(cs, CancellationToken.None);
        await ExecuteAsync(cs, "INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES ('kept')");
        var appliedAt = await ColumnAsync<DateTime>(cs, "SELECT applied_at FROM dataspine_schema_version ORDER BY version");

        await PostgresOrleansSchema.MigrateAsync(cs, CancellationToken.None);

        (await ColumnAsync<DateTime>(cs, "SELECT applied_at FROM dataspine_schema_version ORDER BY version")).ShouldBe(appliedAt);
        (await ColumnAsync<string>(cs, "SELECT DeploymentId FROM OrleansMembershipVersionTable")).ShouldBe(["kept"]);
    }

    [Fact]
    public async Task two_processes_migrating_at_once_apply_each_version_once()
    {
        var cs = await TestPostgres.CreateDatabaseAsync();

        await Task.WhenAll(
            Task.Run(() => PostgresOrleansSchema.MigrateAsync(cs, CancellationToken.None)),
            Task.Run(() => PostgresOrleansSchema.MigrateAsync(cs, CancellationToken.None)));

        (await VersionsAsync(cs)).ShouldBe(Enumerable.Range(1, PostgresOrleansSchema.LatestVersion));
    }

    private static Task<List<int>> VersionsAsync(string cs) =>
        ColumnAsync<int>(cs, $"SELECT version FROM dataspine_schema_version WHERE component = '{PostgresOrleansSchema.Component}' ORDER BY version");

    private static async Task<List<T>> ColumnAsync<T>(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
