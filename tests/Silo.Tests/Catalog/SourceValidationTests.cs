using System.Text;
using System.Text.Json;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>Bad input gets a clear error with a stable code and changes nothing.</summary>
public sealed class SourceValidationTests
{
    [Theory]
    [InlineData("""{"name":"x","type":"oracle","connection":"a"}""", "invalid_source", "type must be one of")]
    [InlineData("""{"name":"","type":"sqlite","connection":"/tmp/a.db"}""", "invalid_source", "name is required")]
    [InlineData("""{"name":"x","type":"sqlite"}""", "invalid_source", "connection is required")]
    [InlineData("""{"name":"x","type":"postgres","connection":"Host=h;Bogus Keyword=1"}""", "invalid_source", "not a valid PostgreSQL connection string")]
    [InlineData("""{"name":"x","type":"kafka","connection":"kafka://broker:port"}""", "invalid_source", "not a Kafka bootstrap server")]
    [InlineData("""{"name":"x","type":"sqlite","connection":"/tmp/a.db","options":{"maxParallelism":0}}""", "invalid_source", "maxParallelism")]
    [InlineData("""{"name":"x","type":"sqlite",""", "malformed_json", "not valid JSON")]
    public async Task an_invalid_source_is_refused_with_a_stable_code_and_nothing_is_registered(string body, string code, string reason)
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();

        var response = await http.PostAsync("/api/v1/sources", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("detail").GetString()!.ShouldContain(reason);
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/sources")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task a_second_source_with_the_same_name_is_a_conflict()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        await catalog.RegisterAsync("sqlite", "/tmp/a.db", name: "Shop");

        var response = await catalog.Http.PostAsJsonAsync("/api/v1/sources", new { name = "shop", type = "sqlite", connection = "/tmp/b.db" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("source_name_taken");
    }

    [Theory]
    [InlineData("GET", "/api/v1/sources/nope", "source_not_found")]
    [InlineData("POST", "/api/v1/sources/nope/scans", "source_not_found")]
    [InlineData("POST", "/api/v1/sources/nope/test", "source_not_found")]
    [InlineData("GET", "/api/v1/sources/nope/assets", "source_not_found")]
    [InlineData("DELETE", "/api/v1/sources/nope", "source_not_found")]
    [InlineData("GET", "/api/v1/scans/nope", "scan_not_found")]
    [InlineData("POST", "/api/v1/scans/nope/cancel", "scan_not_found")]
    [InlineData("GET", "/api/v1/assets/nope/main.t", "asset_not_found")]
    public async Task unknown_ids_are_404_with_a_code(string method, string path, string code)
    {
        await using var node = NodeFactory.Sqlite();
        // A bodyless POST says it is JSON (the node refuses state changes a browser could send cross-site).
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-Requested-With", "test");
        var response = await node.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task the_connection_secret_is_never_returned_nor_stored_in_clear_text()
    {
        var storageFile = Path.Combine(Path.GetTempPath(), $"dataspine-node-{Guid.NewGuid():N}.db");
        await using var node = NodeFactory.Sqlite(storageFile);
        var catalog = new CatalogClient(node.CreateClient());
        const string Password = "s3cr3t-Pa55word-xyz";

        var id = await catalog.RegisterAsync("postgres", $"Host=db.internal;Port=5433;Database=shop;Username=reader;Password={Password}");
        var view = await catalog.Http.GetStringAsync($"/api/v1/sources/{id}");

        view.ShouldNotContain(Password);
        view.ShouldContain("db.internal:5433/shop");
        (await File.ReadAllBytesAsync(storageFile)).AsSpan().IndexOf(Encoding.UTF8.GetBytes(Password)).ShouldBe(-1);
    }

    [Fact]
    public async Task an_unreachable_source_fails_its_scan_with_a_clear_reason_and_no_assets()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var id = await catalog.RegisterAsync("postgres", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");

        var test = await catalog.Http.PostAsJsonAsync($"/api/v1/sources/{id}/test", new { });
        var scan = await catalog.ScanToEndAsync(id);

        (await test.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean().ShouldBeFalse();
        scan.GetProperty("status").GetString().ShouldBe("Failed");
        scan.GetProperty("errorCode").GetString().ShouldBe("source_unreachable");
        scan.GetProperty("error").GetString()!.ShouldContain("Cannot connect to PostgreSQL");
        (await catalog.AssetsAsync(id)).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task a_deleted_source_is_gone_and_its_name_is_free_again()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var id = await catalog.RegisterAsync("sqlite", "/tmp/a.db", name: "reused");

        (await catalog.Http.DeleteAsync($"/api/v1/sources/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await catalog.Http.GetAsync($"/api/v1/sources/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await catalog.RegisterAsync("sqlite", "/tmp/b.db", name: "reused");
    }
}
