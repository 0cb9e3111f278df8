namespace DataSpine.Silo.Tests.Cdc;

/// <summary>The residency gate keeps watching a running route: a breach stops it (no row leaves), its end resumes it.</summary>
public sealed class CdcGateTests
{
    [Fact]
    public async Task a_running_route_stops_when_the_matrix_no_longer_allows_a_column_and_resumes_when_it_does_again()
    {
        await using var node = NodeFactory.SqliteWith(new Dictionary<string, string?> { ["Cdc:GateEvery"] = "00:00:01" });
        var cdc = new CdcClient(node.CreateClient());
        var (source, sourceId) = await cdc.CataloguedSourceAsync("CREATE SCHEMA shop", "CREATE TABLE shop.customers (id bigint PRIMARY KEY, email text)",
            "INSERT INTO shop.customers VALUES (1, 'ann@example.com')");
        var sink = await TestPostgres.CreateDatabaseAsync();
        await cdc.AllowAsync("PII", "eu");
        var id = (await cdc.CreateAsync(new
        {
            name = "customers",
            source = new { catalogSource = sourceId, tables = new[] { "shop.customers" } },
            sink = new { type = "postgres", connection = sink },
            region = "eu",
        })).GetProperty("id").GetString()!;
        await CdcClient.WaitForRowsAsync(sink, "SELECT id, email FROM shop.customers", ["1|ann@example.com"]);

        await cdc.AllowAsync("PII", "uk");

        var stopped = await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "stopped");
        stopped.GetProperty("denials").EnumerateArray().Select(d => $"{d.GetProperty("column").GetString()}:{d.GetProperty("code").GetString()}")
            .ShouldBe(["shop.customers.email:region_not_allowed"]);
        await CdcClient.WaitForRowsAsync(source, $"SELECT active FROM pg_replication_slots WHERE slot_name = 'ds_cdc_{id}'", ["False"]);
        await CdcClient.ExecuteAsync(source, "INSERT INTO shop.customers VALUES (2, 'bo@example.com')");
        (await cdc.StatusAsync(id)).GetProperty("status").GetString().ShouldBe("stopped");

        await cdc.AllowAsync("PII", "eu", "uk");

        await CdcClient.WaitForRowsAsync(sink, "SELECT id, email FROM shop.customers ORDER BY id", ["1|ann@example.com", "2|bo@example.com"]);
        (await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "streaming")).GetProperty("denials").GetArrayLength().ShouldBe(0);
        await cdc.DeleteAsync(id);
    }

    [Fact]
    public async Task a_column_added_under_a_running_route_is_scanned_and_gated_before_its_values_leave()
    {
        await using var node = NodeFactory.SqliteWith(new Dictionary<string, string?> { ["Cdc:GateEvery"] = "00:00:01" });
        var cdc = new CdcClient(node.CreateClient());
        var (source, sourceId) = await cdc.CataloguedSourceAsync("CREATE SCHEMA shop", "CREATE TABLE shop.customers (id bigint PRIMARY KEY, score integer)",
            "INSERT INTO shop.customers VALUES (1, 10)");
        var sink = await TestPostgres.CreateDatabaseAsync();
        await cdc.AllowAsync("PII", "eu");
        var id = (await cdc.CreateAsync(new
        {
            name = "customers to the us",
            source = new { catalogSource = sourceId, tables = new[] { "shop.customers" } },
            sink = new { type = "postgres", connection = sink },
            region = "us",
        })).GetProperty("id").GetString()!;
        await CdcClient.WaitForRowsAsync(sink, "SELECT id, score FROM shop.customers", ["1|10"]);

        await CdcClient.ExecuteAsync(source, "ALTER TABLE shop.customers ADD COLUMN email text", "INSERT INTO shop.customers VALUES (2, 20, 'bo@example.com')");

        var stopped = await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "stopped");
        stopped.GetProperty("denials").EnumerateArray().Select(d => $"{d.GetProperty("column").GetString()}:{d.GetProperty("code").GetString()}")
            .ShouldBe(["shop.customers.email:region_not_allowed"]);
        var asset = await new Catalog.CatalogClient(cdc.Http).AssetAsync(sourceId, "shop.customers");
        asset.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("email");
        asset.GetProperty("versions").GetArrayLength().ShouldBeGreaterThan(1);
        (await CdcClient.RowsAsync(sink, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'shop' AND table_name = 'customers' AND column_name = 'email'"))
            .ShouldBe(["0"]);
        (await CdcClient.RowsAsync(sink, "SELECT id FROM shop.customers ORDER BY id")).ShouldBe(["1"]);

        await cdc.AllowAsync("PII", "eu", "us");

        // The sink gains the column when the route starts again; until then the query must not fail on it.
        await CdcClient.WaitForRowsAsync(sink, "SELECT id, score, to_jsonb(c) ->> 'email' FROM shop.customers c ORDER BY id", ["1|10|null", "2|20|bo@example.com"]);
        await cdc.DeleteAsync(id);
    }
}
