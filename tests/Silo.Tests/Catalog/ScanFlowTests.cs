using System.Text.Json;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>Register → scan → read → change the source → re-scan, through the real node and real SQLite files.</summary>
public sealed class ScanFlowTests
{
    private static readonly string[] s_shop =
    [
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, first_name TEXT, zip_code TEXT)",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), order_code TEXT, total REAL)",
        "CREATE TABLE old_stuff (id INTEGER)",
        "CREATE VIEW big_orders AS SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.total > 100",
        "INSERT INTO customers VALUES (1, 'ann@example.com', 'Ann', '02134'), (2, 'bo@example.org', 'Bo', '10001')",
        "INSERT INTO orders VALUES (1, 1, 'ORD-1', 150.0), (2, 2, 'ORD-2', 20.0), (3, 1, 'ORD-3', NULL)",
    ];

    [Fact]
    public async Task a_registered_source_is_scanned_into_assets_with_columns_profiles_and_classes()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(s_shop), new { samplingAllowed = true });

        var scan = await catalog.ScanToEndAsync(sourceId);

        scan.GetProperty("status").GetString().ShouldBe("Succeeded");
        var progress = scan.GetProperty("progress");
        progress.GetProperty("discovered").GetInt32().ShouldBe(4);
        progress.GetProperty("harvested").GetInt32().ShouldBe(4);
        var list = await catalog.AssetsAsync(sourceId);
        list.GetProperty("total").GetInt32().ShouldBe(4);
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("qualifiedName").GetString())
            .ShouldBe(["main.big_orders", "main.customers", "main.old_stuff", "main.orders"]);

        var firstPage = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}/assets?limit=3");
        var secondPage = await catalog.Http.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sources/{sourceId}/assets?limit=3&cursor={firstPage.GetProperty("cursor").GetString()}");
        var views = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}/assets?type=view");
        firstPage.GetProperty("items").GetArrayLength().ShouldBe(3);
        secondPage.GetProperty("items")[0].GetProperty("qualifiedName").GetString().ShouldBe("main.orders");
        secondPage.GetProperty("cursor").ValueKind.ShouldBe(JsonValueKind.Null);
        views.GetProperty("total").GetInt32().ShouldBe(1);

        var customers = await catalog.AssetAsync(sourceId, "main.customers");
        customers.GetProperty("type").GetString().ShouldBe("Table");
        customers.GetProperty("rowCount").GetInt64().ShouldBe(2);
        var email = customers.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "email");
        email.GetProperty("classifications")[0].GetProperty("class").GetString().ShouldBe("EMAIL");
        email.GetProperty("profile").GetProperty("min").ValueKind.ShouldBe(JsonValueKind.Null); // personal data: no values kept
        var zip = customers.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "zip_code");
        zip.GetProperty("classifications").GetArrayLength().ShouldBe(0);
        var orders = await catalog.AssetAsync(sourceId, "main.orders");
        orders.GetProperty("foreignKeys")[0].GetProperty("referencedAsset").GetString().ShouldBe("main.customers");
        orders.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "total")
            .GetProperty("profile").GetProperty("nullFraction").GetDouble().ShouldBe(0.3333);
        var view = await catalog.AssetAsync(sourceId, "main.big_orders");
        view.GetProperty("definition").GetString()!.ShouldContain("JOIN customers");
        var lineage = view.GetProperty("lineage");
        lineage.GetProperty("upstream").EnumerateArray().Select(u => u.GetString()).ShouldBe(["main.customers", "main.orders"]);
        var edges = lineage.GetProperty("columnEdges").EnumerateArray()
            .Select(e => $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()}:{e.GetProperty("type").GetString()}").ToList();
        edges.ShouldContain("main.customers.email>main.big_orders.email:DIRECT");
        edges.ShouldContain("main.orders.total>main.big_orders.email:INDIRECT");
    }

    [Fact]
    public async Task a_rescan_skips_unchanged_objects_records_schema_versions_and_soft_deletes_dropped_ones()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync(s_shop);
        var sourceId = await catalog.RegisterAsync("sqlite", path);
        await catalog.ScanToEndAsync(sourceId);

        await CatalogClient.ExecuteAsync(path, "ALTER TABLE customers ADD COLUMN phone TEXT", "DROP TABLE old_stuff");
        var rescan = await catalog.ScanToEndAsync(sourceId);

        var progress = rescan.GetProperty("progress");
        progress.GetProperty("discovered").GetInt32().ShouldBe(3);
        progress.GetProperty("harvested").GetInt32().ShouldBe(1);
        progress.GetProperty("unchanged").GetInt32().ShouldBe(2);
        progress.GetProperty("deleted").GetInt32().ShouldBe(1);
        rescan.GetProperty("deletedAssets").EnumerateArray().Select(a => a.GetString()).ShouldBe(["main.old_stuff"]);
        var customers = await catalog.AssetAsync(sourceId, "main.customers");
        var versions = customers.GetProperty("versions");
        versions.GetArrayLength().ShouldBe(2);
        var change = versions[1].GetProperty("changes").EnumerateArray().ShouldHaveSingleItem();
        change.GetProperty("kind").GetString().ShouldBe("added");
        change.GetProperty("column").GetString().ShouldBe("phone");
        var dropped = await catalog.AssetAsync(sourceId, "main.old_stuff");
        dropped.GetProperty("deleted").GetBoolean().ShouldBeTrue();
        (await catalog.AssetsAsync(sourceId)).GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task the_same_idempotency_key_answers_the_same_scan()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(s_shop));

        var first = await catalog.StartScanAsync(sourceId, "nightly-2026-11-22");
        var again = await catalog.StartScanAsync(sourceId, "nightly-2026-11-22");
        var other = await catalog.StartScanAsync(sourceId, "nightly-2026-11-23");

        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Fact]
    public async Task a_running_scan_can_be_cancelled_and_keeps_what_it_took_in()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var tables = Enumerable.Range(0, 1500).Select(i => $"CREATE TABLE t{i:0000} (id INTEGER PRIMARY KEY, email TEXT, v REAL)").ToArray();
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(tables), new { maxParallelism = 1 });

        var scanId = await catalog.StartScanAsync(sourceId);
        var cancel = await catalog.Http.PostAsJsonAsync($"/api/v1/scans/{scanId}/cancel", new { });
        var scan = await catalog.WaitForScanAsync(scanId);

        cancel.StatusCode.ShouldBe(HttpStatusCode.OK);
        scan.GetProperty("status").GetString().ShouldBe("Cancelled");
        scan.GetProperty("progress").GetProperty("harvested").GetInt32().ShouldBeLessThan(1500);
        scan.GetProperty("progress").GetProperty("deleted").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task a_folder_of_files_is_scanned_too()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var folder = Directory.CreateTempSubdirectory("dataspine-files-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "people.csv"), "id,email\n1,ann@example.com\n2,bo@example.org\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "events.ndjson"), "{\"at\":\"2024-01-01T00:00:00Z\",\"ip\":\"10.0.0.1\"}\n");
        var sourceId = await catalog.RegisterAsync("files", folder, new { samplingAllowed = true });

        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");

        var people = await catalog.AssetAsync(sourceId, "people.csv");
        people.GetProperty("type").GetString().ShouldBe("File");
        people.GetProperty("rowCount").GetInt64().ShouldBe(2);
        people.GetProperty("columns")[1].GetProperty("classifications")[0].GetProperty("class").GetString().ShouldBe("EMAIL");
    }
}
