using System.Text.Json;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>GET /api/v1/sources/{id}/scans: a source's latest scans, newest first, paged and bounded.</summary>
public sealed class ScanHistoryTests
{
    private const int Kept = 50;

    [Fact]
    public async Task a_source_lists_its_scans_newest_first_with_their_counters_in_pages()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE a (id INTEGER)", "CREATE TABLE b (id INTEGER)"));
        var scanIds = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var scan = await catalog.ScanToEndAsync(sourceId);
            scanIds.Add(scan.GetProperty("id").GetString()!);
        }

        var all = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}/scans");
        var first = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}/scans?limit=2");
        var second = await catalog.Http.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sources/{sourceId}/scans?limit=2&cursor={first.GetProperty("cursor").GetString()}");

        all.GetProperty("total").GetInt32().ShouldBe(3);
        Ids(all).ShouldBe(Enumerable.Reverse(scanIds));
        var newest = all.GetProperty("items")[0];
        newest.GetProperty("status").GetString().ShouldBe("Succeeded");
        newest.GetProperty("progress").GetProperty("discovered").GetInt32().ShouldBe(2);
        newest.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.String);
        newest.GetProperty("objectErrorCount").GetInt32().ShouldBe(0);
        Ids(first).Concat(Ids(second)).ShouldBe(Ids(all));
        second.GetProperty("cursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task only_the_latest_fifty_scans_are_kept()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE a (id INTEGER)"));
        var scanIds = new List<string>();
        for (var i = 0; i < Kept + 2; i++)
        {
            scanIds.Add((await catalog.ScanToEndAsync(sourceId)).GetProperty("id").GetString()!);
        }

        var page = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}/scans?limit={Kept}");

        page.GetProperty("total").GetInt32().ShouldBe(Kept);
        Ids(page).ShouldBe(Enumerable.Reverse(scanIds).Take(Kept));
    }

    [Fact]
    public async Task an_unknown_source_or_a_bad_page_is_refused_with_its_code()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE a (id INTEGER)"));

        var unknown = await catalog.Http.GetAsync("/api/v1/sources/no-such-source/scans");
        var badLimit = await catalog.Http.GetAsync($"/api/v1/sources/{sourceId}/scans?limit=51");
        var badCursor = await catalog.Http.GetAsync($"/api/v1/sources/{sourceId}/scans?cursor=abc");
        var none = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}/scans");

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Code(unknown)).ShouldBe("source_not_found");
        badLimit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Code(badLimit)).ShouldBe("invalid_paging");
        (await Code(badCursor)).ShouldBe("invalid_paging");
        none.GetProperty("total").GetInt32().ShouldBe(0);
    }

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    private static async Task<string?> Code(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
