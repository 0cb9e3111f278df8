using System.Text.Json;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>A source with options.scanEvery is scanned on that interval by a durable reminder, until the schedule is removed.</summary>
public sealed class ScheduledScanTests
{
    [Fact]
    public async Task a_scheduled_source_scans_itself_until_the_schedule_is_removed()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)");
        var name = $"scheduled-{Guid.NewGuid():N}";
        var sourceId = await catalog.RegisterAsync("sqlite", path, new { scanEvery = "00:00:02" }, name);

        var scans = new HashSet<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (scans.Count < 2 && DateTime.UtcNow < deadline)
        {
            if (await LastScanAsync(catalog, sourceId) is { } last && last.GetProperty("status").GetString() == "Succeeded")
            {
                scans.Add(last.GetProperty("id").GetString()!);
            }

            await Task.Delay(200);
        }

        scans.Count.ShouldBe(2, "two scheduled scans should have run, each on its own");
        (await catalog.AssetsAsync(sourceId)).GetProperty("total").GetInt32().ShouldBe(1);

        var update = await catalog.Http.PutAsJsonAsync($"/api/v1/sources/{sourceId}", new { name, type = "sqlite", connection = path, options = new { } });
        update.StatusCode.ShouldBe(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        await Task.Delay(TimeSpan.FromSeconds(3)); // a tick already under way may still finish
        var settled = (await LastScanAsync(catalog, sourceId))?.GetProperty("id").GetString();
        await Task.Delay(TimeSpan.FromSeconds(5));
        (await LastScanAsync(catalog, sourceId))?.GetProperty("id").GetString().ShouldBe(settled);
    }

    [Theory]
    [InlineData("00:00:00.100")]
    [InlineData("400.00:00:00")]
    public async Task an_out_of_range_schedule_is_refused(string every)
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().PostAsJsonAsync("/api/v1/sources",
            new { name = "bad-schedule", type = "sqlite", connection = "/tmp/x.db", options = new { scanEvery = every } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("invalid_source");
    }

    private static async Task<JsonElement?> LastScanAsync(CatalogClient catalog, string sourceId)
    {
        var source = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}");
        return source.GetProperty("lastScan").ValueKind == JsonValueKind.Object ? source.GetProperty("lastScan") : null;
    }
}
