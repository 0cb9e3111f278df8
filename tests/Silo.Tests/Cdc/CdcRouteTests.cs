using System.Text.Json;

namespace DataSpine.Silo.Tests.Cdc;

/// <summary>CDC routes through a real node, from a real PostgreSQL source (logical replication) into a real PostgreSQL sink.</summary>
public sealed class CdcRouteTests
{
    private const string Customers = "CREATE TABLE shop.customers (id bigint PRIMARY KEY, email text, note text, score integer)";

    [Fact]
    public async Task a_route_copies_a_snapshot_then_streams_inserts_updates_deletes_and_truncates_with_masked_and_dropped_columns()
    {
        await using var node = NodeFactory.Sqlite();
        var cdc = new CdcClient(node.CreateClient());
        var (source, sourceId) = await cdc.CataloguedSourceAsync(
            "CREATE SCHEMA shop", Customers,
            "INSERT INTO shop.customers VALUES (1, 'ann@example.com', 'vip', 10), (2, 'bo@example.com', NULL, 20), (3, 'cy@example.com', 'new', 30)");
        var sink = await TestPostgres.CreateDatabaseAsync();
        await cdc.AllowAsync("PII", "eu");

        var route = await cdc.CreateAsync(new
        {
            name = "customers to us analytics",
            source = new { catalogSource = sourceId, tables = new[] { "shop.customers" } },
            sink = new { type = "postgres", connection = sink },
            region = "us",
            columns = new Dictionary<string, string> { ["shop.customers.email"] = "mask", ["shop.customers.note"] = "drop" },
        });
        var id = route.GetProperty("id").GetString()!;
        route.ToString().ShouldNotContain("Host=");

        var streaming = await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "streaming");
        streaming.GetProperty("rowsApplied").GetInt64().ShouldBe(3);
        var masked = await CdcClient.WaitForRowsAsync(sink, "SELECT id, length(email), email LIKE '%@%', score FROM shop.customers ORDER BY id", ["1|64|False|10", "2|64|False|20", "3|64|False|30"]);
        (await CdcClient.RowsAsync(sink, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'shop' AND table_name = 'customers' AND column_name = 'note'")).ShouldBe(["0"]);

        await CdcClient.ExecuteAsync(source,
            "INSERT INTO shop.customers VALUES (4, 'di@example.com', 'x', 40)",
            "UPDATE shop.customers SET score = 11 WHERE id = 1",
            "UPDATE shop.customers SET id = 30 WHERE id = 3",
            "DELETE FROM shop.customers WHERE id = 2");
        await CdcClient.WaitForRowsAsync(sink, "SELECT id, score FROM shop.customers ORDER BY id", ["1|11", "4|40", "30|30"]);
        var status = await cdc.WaitForStatusAsync(id, s => s.GetProperty("rowsApplied").GetInt64() == 7);
        status.GetProperty("lagSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        status.GetProperty("deadLetters").GetInt64().ShouldBe(0);
        (await cdc.Http.GetAsync("/api/v1/search?q=customers")).EnsureSuccessStatusCode();
        var metrics = await cdc.Http.GetStringAsync("/metrics");
        metrics.ShouldMatch($"dataspine_cdc_lag_seconds_count\\{{[^}}]*route=\"{id}\"");
        foreach (var series in GrafanaDashboard.Series())
        {
            metrics.ShouldMatch($"(?m)^{series}[{{ ]", $"deploy/grafana/dashboards/dataspine.json queries {series}, which /metrics does not export");
        }

        await CdcClient.ExecuteAsync(source, "TRUNCATE shop.customers", "INSERT INTO shop.customers VALUES (9, NULL, NULL, 90)");
        await CdcClient.WaitForRowsAsync(sink, "SELECT id, email IS NULL, score FROM shop.customers ORDER BY id", ["9|True|90"]);

        await cdc.DeleteAsync(id);
        (await CdcClient.RowsAsync(source, $"SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'ds_cdc_{id}'")).ShouldBe(["0"]);
        (await CdcClient.RowsAsync(source, $"SELECT count(*) FROM pg_publication WHERE pubname = 'ds_cdc_{id}'")).ShouldBe(["0"]);
        (await node.CreateClient().GetAsync($"/api/v1/cdc/routes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        masked.Count.ShouldBe(3);
    }

    [Fact]
    public async Task a_paused_route_releases_its_slot_and_resumes_from_its_checkpoint()
    {
        await using var node = NodeFactory.Sqlite();
        var cdc = new CdcClient(node.CreateClient());
        var (source, sourceId) = await cdc.CataloguedSourceAsync("CREATE SCHEMA shop", "CREATE TABLE shop.stock (sku text PRIMARY KEY, quantity integer)",
            "INSERT INTO shop.stock VALUES ('a', 1)");
        var sink = await TestPostgres.CreateDatabaseAsync();
        var id = (await cdc.CreateAsync(new
        {
            name = "stock",
            source = new { catalogSource = sourceId, tables = new[] { "shop.stock" } },
            sink = new { type = "postgres", connection = sink, schema = "mirror" },
            region = "eu",
        })).GetProperty("id").GetString()!;
        await CdcClient.WaitForRowsAsync(sink, "SELECT sku, quantity FROM mirror.stock ORDER BY sku", ["a|1"]);
        await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "streaming");

        (await cdc.PostAsync($"/api/v1/cdc/routes/{id}/pause")).GetProperty("status").GetString().ShouldBe("paused");
        await CdcClient.WaitForRowsAsync(source, $"SELECT active FROM pg_replication_slots WHERE slot_name = 'ds_cdc_{id}'", ["False"]);
        await CdcClient.ExecuteAsync(source, "INSERT INTO shop.stock VALUES ('b', 2)", "UPDATE shop.stock SET quantity = 5 WHERE sku = 'a'");
        (await cdc.StatusAsync(id)).GetProperty("status").GetString().ShouldBe("paused");

        await cdc.PostAsync($"/api/v1/cdc/routes/{id}/resume");

        await CdcClient.WaitForRowsAsync(sink, "SELECT sku, quantity FROM mirror.stock ORDER BY sku", ["a|5", "b|2"]);
        (await cdc.WaitForStatusAsync(id, s => s.GetProperty("rowsApplied").GetInt64() == 3)).GetProperty("status").GetString().ShouldBe("streaming");
        await cdc.DeleteAsync(id);
    }

    [Fact]
    public async Task a_route_resumes_after_its_node_restarts_from_its_checkpoint_without_losing_or_doubling_rows()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dataspine-node-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["Secrets:KeysFolder"] = Directory.CreateTempSubdirectory("dataspine-keys-").FullName };
        var sink = await TestPostgres.CreateDatabaseAsync();
        string id, source;
        await using (var first = NodeFactory.SqliteWith(settings, file))
        {
            var cdc = new CdcClient(first.CreateClient());
            (source, var sourceId) = await cdc.CataloguedSourceAsync("CREATE SCHEMA shop", "CREATE TABLE shop.events (id bigint PRIMARY KEY, kind text)",
                "INSERT INTO shop.events VALUES (1, 'a')");
            id = (await cdc.CreateAsync(new
            {
                name = "events",
                source = new { catalogSource = sourceId, tables = new[] { "shop.events" } },
                sink = new { type = "postgres", connection = sink },
                region = "eu",
            })).GetProperty("id").GetString()!;
            await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "streaming");
            await CdcClient.ExecuteAsync(source, "INSERT INTO shop.events VALUES (2, 'b')");
            await CdcClient.WaitForRowsAsync(sink, "SELECT id, kind FROM shop.events ORDER BY id", ["1|a", "2|b"]);
        }

        // Changes made while no node runs wait in the slot.
        await CdcClient.ExecuteAsync(source, "INSERT INTO shop.events VALUES (3, 'c'), (4, 'd')", "UPDATE shop.events SET kind = 'bb' WHERE id = 2", "DELETE FROM shop.events WHERE id = 1");
        await using var second = NodeFactory.SqliteWith(settings, file);
        var again = new CdcClient(second.CreateClient());

        // Nothing calls the route: its reminder brings it back.
        await CdcClient.WaitForRowsAsync(sink, "SELECT id, kind FROM shop.events ORDER BY id", ["2|bb", "3|c", "4|d"]);
        var status = await again.WaitForStatusAsync(id, s => s.GetProperty("rowsApplied").GetInt64() >= 6);
        status.GetProperty("rowsApplied").GetInt64().ShouldBe(6, "1 snapshot row, 1 insert, then 2 inserts, 1 update and 1 delete: each applied once");
        (await CdcClient.RowsAsync(sink, $"SELECT rows_applied FROM dataspine_cdc.checkpoints WHERE route_id = '{id}'")).ShouldBe(["6"]);
        await again.DeleteAsync(id);
    }

    [Fact]
    public async Task a_route_that_would_pass_classified_columns_out_of_their_regions_is_refused_with_every_reason()
    {
        await using var node = NodeFactory.Sqlite();
        var cdc = new CdcClient(node.CreateClient());
        var (source, sourceId) = await cdc.CataloguedSourceAsync("CREATE SCHEMA shop", Customers,
            "CREATE TABLE shop.payments (id bigint PRIMARY KEY, credit_card_number text, email_address text)");
        var sink = await TestPostgres.CreateDatabaseAsync();
        await cdc.AllowAsync("PII", "eu");

        var response = await cdc.Http.PostAsJsonAsync("/api/v1/cdc/routes", new
        {
            name = "to us",
            source = new { catalogSource = sourceId, tables = new[] { "shop.customers", "shop.payments" } },
            sink = new { type = "postgres", connection = sink },
            region = "us",
            columns = new Dictionary<string, string> { ["shop.payments.email_address"] = "drop" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("residency_denied");
        problem.GetProperty("reasons").EnumerateArray()
            .Select(r => $"{r.GetProperty("column").GetString()}:{r.GetProperty("code").GetString()}:{r.GetProperty("class").GetString()}:{r.GetProperty("category").GetString()}")
            .ShouldBe(["shop.customers.email:region_not_allowed:EMAIL:PII", "shop.payments.credit_card_number:no_rule:CREDIT_CARD:PCI"]);
        (await CdcClient.RowsAsync(source, "SELECT count(*) FROM pg_publication")).ShouldBe(["0"]);
    }

    [Theory]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"s3","connection":"Host=h"},"region":"eu"}""", 400, "unsupported_sink")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"kafka","connection":"Host=h","topic":"shop"},"region":"eu"}""", 400, "invalid_connection")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"kafka","connection":"broker:9092"},"region":"eu"}""", 400, "invalid_cdc_route")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"kafka","connection":"broker:9092","topic":"a/b"},"region":"eu"}""", 400, "invalid_cdc_route")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"postgres","connection":"Host=h","topic":"shop"},"region":"eu"}""", 400, "invalid_cdc_route")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["customers"]},"sink":{"type":"postgres","connection":"Host=h"},"region":"eu"}""", 400, "invalid_cdc_route")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"postgres","connection":"nonsense"},"region":"eu"}""", 400, "invalid_connection")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"postgres","connection":"Host=h"},"region":"EU"}""", 400, "invalid_region")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"postgres","connection":"Host=h"},"region":"eu","columns":{"shop.customers.email":"hide"}}""", 400, "invalid_column_handling")]
    [InlineData("""{"name":"r","source":{"catalogSource":"x","tables":["shop.customers"]},"sink":{"type":"postgres","connection":"Host=h"},"region":"eu"}""", 404, "source_not_found")]
    public async Task a_bad_route_is_refused_with_a_code(string body, int status, string code)
    {
        await using var node = NodeFactory.Sqlite();

        var response = await node.CreateClient().PostAsync("/api/v1/cdc/routes", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBe(status);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.ToString().ShouldNotContain("Host=h");
    }
}

/// <summary>The series the Grafana dashboard in deploy/ queries, so a test can check that a node exports each.</summary>
internal static partial class GrafanaDashboard
{
    public static IReadOnlyList<string> Series()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Cluster.sln")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException("No Cluster.sln above the test's folder.");
        }

        using var dashboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "deploy", "grafana", "dashboards", "dataspine.json")));
        var series = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .SelectMany(t => SeriesName().Matches(t.GetProperty("expr").GetString()!).Select(m => m.Value))
            .Distinct().ToList();
        series.ShouldContain("dataspine_cdc_lag_seconds_bucket");
        return series;
    }

    [System.Text.RegularExpressions.GeneratedRegex("dataspine_[a-z_]+")]
    private static partial System.Text.RegularExpressions.Regex SeriesName();
}
