using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Connectors;
using Microsoft.Data.Sqlite;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

public sealed class SqliteConnectorTests
{
    private static async Task<string> NewDatabaseAsync(params string[] statements)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dataspine-source-{Guid.NewGuid():N}.db");
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        return path;
    }

    private static readonly string[] s_shop =
    [
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, full_name TEXT, zip_code TEXT DEFAULT '00000')",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), total REAL, \"Odd \"\"Name\"\"\" TEXT)",
        "CREATE VIEW big_orders AS SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.total > 100",
        "INSERT INTO customers VALUES (1, 'ann@example.com', 'Ann Lee', '02134'), (2, 'bo@example.org', NULL, '10001'), (3, 'cy@example.net', 'Cy Young', NULL)",
        "INSERT INTO orders VALUES (1, 1, 250.5, 'x'), (2, 1, 12.0, NULL), (3, 3, 99.99, 'y')",
    ];

    [Fact]
    public async Task harvest_lists_tables_and_views_with_columns_keys_and_view_definitions()
    {
        var connector = new SqliteConnector(await NewDatabaseAsync(s_shop), TestAccess.Temp);

        var assets = await connector.HarvestAsync(ScanScope.Everything, default);

        assets.Select(a => (a.QualifiedName, a.Type)).ShouldBe(
            [("main.big_orders", AssetType.View), ("main.customers", AssetType.Table), ("main.orders", AssetType.Table)]);
        var customers = assets.Single(a => a.Name == "customers");
        customers.Columns.Select(c => c.Name).ShouldBe(["id", "email", "full_name", "zip_code"]);
        customers.Columns.Single(c => c.Name == "email").Nullable.ShouldBeFalse();
        customers.Columns.Single(c => c.Name == "zip_code").Default.ShouldBe("'00000'");
        customers.PrimaryKey.ShouldBe(["id"]);
        var orders = assets.Single(a => a.Name == "orders");
        orders.Columns.Select(c => c.Name).ShouldContain("Odd \"Name\"");
        orders.ForeignKeys.ShouldHaveSingleItem().ReferencedAsset.ShouldBe("main.customers");
        orders.ForeignKeys[0].Columns.ShouldBe(["customer_id"]);
        assets.Single(a => a.Name == "big_orders").Definition!.ShouldContain("JOIN customers");
    }

    [Fact]
    public async Task the_fingerprint_changes_with_the_schema_and_only_with_it()
    {
        var path = await NewDatabaseAsync(s_shop);
        var connector = new SqliteConnector(path, TestAccess.Temp);
        var before = (await connector.HarvestAsync(ScanScope.Everything, default)).ToDictionary(a => a.Name, a => a.Fingerprint);

        await NewRowsAndColumnAsync(path);
        var after = (await connector.HarvestAsync(ScanScope.Everything, default)).ToDictionary(a => a.Name, a => a.Fingerprint);

        after["customers"].ShouldNotBe(before["customers"]);
        after["orders"].ShouldBe(before["orders"]);
        after["big_orders"].ShouldBe(before["big_orders"]);
    }

    [Fact]
    public async Task profile_counts_rows_nulls_and_distincts_and_samples_only_when_allowed()
    {
        var connector = new SqliteConnector(await NewDatabaseAsync(s_shop), TestAccess.Temp);
        var customers = (await connector.HarvestAsync(ScanScope.Everything, default)).Single(a => a.Name == "customers");

        var profile = await connector.ProfileAsync(customers, ScanScope.Everything, default);
        var sampled = await connector.ProfileAsync(customers, ScanScope.Everything with { SamplingAllowed = true }, default);

        profile.RowCount.ShouldBe(3);
        profile.Sampled.ShouldBeFalse();
        var name = profile.Columns.Single(c => c.Column == "full_name");
        name.NullFraction.ShouldBe(0.3333);
        name.DistinctEstimate.ShouldBe(2);
        profile.Columns.Single(c => c.Column == "id").Min.ShouldBe("1");
        profile.Columns.Single(c => c.Column == "id").Max.ShouldBe("3");
        profile.SampleValues.ShouldBeEmpty();
        sampled.SampleValues["email"].ShouldBe(["ann@example.com", "bo@example.org", "cy@example.net"]);
    }

    [Fact]
    public async Task a_missing_file_below_a_root_is_reported_as_not_found()
    {
        var connector = new SqliteConnector(Path.Combine(Path.GetTempPath(), $"dataspine-missing-{Guid.NewGuid():N}.db"), TestAccess.Temp);
        var error = await Should.ThrowAsync<SourceAccessException>(() => connector.TestConnectionAsync(default));
        error.Code.ShouldBe(SourceAccessException.NotFound);
    }

    [Fact]
    public async Task a_file_that_is_not_sqlite_is_reported_as_unreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-sqlite-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, "this is plainly not a database file, just some text that is long enough to look like a header");
        var error = await Should.ThrowAsync<SourceAccessException>(() => new SqliteConnector(path, TestAccess.Temp).HarvestAsync(ScanScope.Everything, default));
        error.Code.ShouldBe(SourceAccessException.Unreadable);
    }

    private static async Task NewRowsAndColumnAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "ALTER TABLE customers ADD COLUMN phone TEXT; INSERT INTO orders VALUES (4, 2, 1.0, NULL);";
        await command.ExecuteNonQueryAsync();
    }
}
