using DataSpine.Silo.Tests.Catalog;
using DataSpine.Silo.Tests.Registry;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DataSpine.Silo.Tests.Ui;

/// <summary>The web UI in Debian's Chromium against a real node process with the sample catalog (issue 15).</summary>
public sealed class UiBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task search_asset_lineage_glossary_registry_and_a_scan_work_in_chromium_with_no_serious_accessibility_violations()
    {
        var shots = WebUi.ScreenshotFolder("flow");
        await using var node = await RealNode.StartAsync();
        using var client = node.CreateClient();
        var subject = $"ui-orders-{Guid.NewGuid():N}"[..20] + "-value";
        await RegisterAsync(client, subject, """{"type":"record","name":"Order","fields":[{"name":"id","type":"long"}]}""");
        await RegisterAsync(client, subject,
            """{"type":"record","name":"Order","fields":[{"name":"id","type":"long"},{"name":"note","type":["null","string"],"default":null}]}""");
        var database = await NewSqliteAsync();

        var (code, seen) = await WebUi.RunScriptAsync("flow.mjs", TimeSpan.FromMinutes(6), node.BaseUrl, shots, database, subject);
        output.WriteLine($"screenshots in {shots}");
        output.WriteLine(seen);

        code.ShouldBe(0, $"{seen}\n--- node log (tail) ---\n{string.Join('\n', node.Log.Split('\n').TakeLast(20))}");
        seen.ShouldContain("ui flow passed");
        seen.ShouldContain("\"scanProgress\":\"100\"");
        seen.ShouldContain("PII");
        seen.ShouldContain("\"scanHistory\":");
        seen.ShouldContain("ready · v"); // the health line shows the node's version
        foreach (var page in new[] { "search", "asset", "lineage", "registry", "scan" })
        {
            File.Exists(Path.Combine(shots, $"{page}.png")).ShouldBeTrue(page);
        }
    }

    [Fact]
    public async Task a_steward_approves_a_term_rejects_a_class_that_stays_rejected_and_describes_an_asset_that_search_then_finds()
    {
        var shots = WebUi.ScreenshotFolder("stewardship");
        await using var node = await RealNode.StartAsync();
        var viewerKey = await node.CreateKeyAsync("viewer");

        var (code, seen) = await WebUi.RunScriptAsync("stewardship.mjs", TimeSpan.FromMinutes(4), node.BaseUrl, shots, viewerKey);
        output.WriteLine($"screenshots in {shots}");
        output.WriteLine(seen);

        code.ShouldBe(0, $"{seen}\n--- node log (tail) ---\n{string.Join('\n', node.Log.Split('\n').TakeLast(20))}");
        seen.ShouldContain("stewardship flow passed");
        var figures = System.Text.Json.JsonDocument.Parse(seen.Split('\n').First(l => l.StartsWith('{'))).RootElement;
        figures.GetProperty("termStatus").GetString().ShouldBe("approved");
        figures.GetProperty("termHistory").EnumerateArray().Select(e => e.GetString()).ShouldBe(["approved", "submitted", "created"]);
        figures.GetProperty("viewerRefusal").GetString()!.ShouldContain("forbidden");
        figures.GetProperty("owners").GetString().ShouldBe("ada@example.com, crm-team (group)");
        figures.GetProperty("filteredHits").EnumerateArray().Select(e => e.GetString()).ShouldBe(["customers"]);
        figures.GetProperty("facetUrl").GetString()!.ShouldContain("term=");
        foreach (var shot in new[] { "term-review", "term-viewer-refused", "asset-stewardship", "search-term-facet" })
        {
            File.Exists(Path.Combine(shots, $"{shot}.png")).ShouldBeTrue(shot);
        }
    }

    [Fact]
    public async Task a_10000_node_lineage_graph_lays_out_and_pans_and_zooms_with_no_main_thread_task_over_200_ms()
    {
        var shots = WebUi.ScreenshotFolder("lineage-10k");
        await using var node = await RealNode.StartAsync();

        var (code, seen) = await WebUi.RunScriptAsync("lineage10k.mjs", TimeSpan.FromMinutes(10), node.BaseUrl, shots);
        output.WriteLine(seen);

        code.ShouldBe(0, seen);
        var figures = System.Text.Json.JsonDocument.Parse(seen.Split('\n').First(l => l.StartsWith('{'))).RootElement;
        figures.GetProperty("graph").GetProperty("nodes").GetInt32().ShouldBeGreaterThanOrEqualTo(9900);
        figures.GetProperty("graph").GetProperty("edges").GetInt32().ShouldBeGreaterThanOrEqualTo(14800);
        figures.GetProperty("frames").GetInt32().ShouldBeGreaterThan(0);
        figures.GetProperty("longestTaskMs").GetInt32().ShouldBeLessThanOrEqualTo(200, seen);
    }

    [Fact]
    public async Task an_asset_with_2000_columns_renders_only_the_rows_in_view_and_scrolls_to_the_last()
    {
        const int Width = 2000;
        var shots = WebUi.ScreenshotFolder("wide-asset");
        await using var node = await RealNode.StartAsync();
        var catalog = new CatalogClient(node.CreateClient());
        var columns = Enumerable.Range(1, Width).Select(i => $"c{i:D4}").ToList();
        var database = Path.Combine(Directory.CreateTempSubdirectory("dataspine-ui-wide-").FullName, "wide.db");
        await CatalogClient.ExecuteAsync(database, $"CREATE TABLE wide ({string.Join(", ", columns.Select(c => $"{c} INTEGER"))})");
        var sourceId = await catalog.RegisterAsync("sqlite", database);
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");

        var (code, seen) = await WebUi.RunScriptAsync("columns.mjs", TimeSpan.FromMinutes(3), node.BaseUrl, shots, $"{sourceId}/main.wide", columns[^1]);
        output.WriteLine(seen);

        code.ShouldBe(0, seen);
        var figures = System.Text.Json.JsonDocument.Parse(seen.Split('\n').First(l => l.StartsWith('{'))).RootElement;
        figures.GetProperty("heading").GetString().ShouldBe("Columns (2,000)");
        figures.GetProperty("rowsAtTop").GetInt32().ShouldBeInRange(1, 100);
        figures.GetProperty("rowsAtEnd").GetInt32().ShouldBeInRange(1, 100);
        figures.GetProperty("lastIndex").GetInt32().ShouldBe(Width - 1);
    }

    private static async Task RegisterAsync(HttpClient client, string subject, string schema)
    {
        var response = await client.PostAsJsonAsync($"/registry/subjects/{subject}/versions", new { schema });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> NewSqliteAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dataspine-ui-sqlite-").FullName, "crm.db");
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT, phone TEXT);
            INSERT INTO contacts VALUES (1, 'ann@example.com', '+1 415 555 0101'), (2, NULL, '+1 415 555 0102');
            CREATE TABLE notes (id INTEGER PRIMARY KEY, contact_id INTEGER REFERENCES contacts(id), body TEXT);
            """;
        await command.ExecuteNonQueryAsync();
        return path;
    }
}
