using System.Text.Json;

namespace DataSpine.Silo.Tests.Catalog;

public sealed class DetectTests
{
    [Theory]
    [InlineData("postgresql://reader:pw@db.example.com:5433/shop", "postgres", 0)]
    [InlineData("postgres://reader@db.example.com", "postgres", 2)]
    [InlineData("Host=db;Database=shop;Username=u;Password=p", "postgres", 0)]
    [InlineData("kafka://broker:9092", "kafka", 0)]
    [InlineData("broker-1:9092,broker-2:9092", "kafka", 0)]
    [InlineData("kafka://broker:x", "kafka", 1)]
    [InlineData("no idea what this is", null, 1)]
    public async Task a_hint_is_recognised_with_what_is_missing(string hint, string? type, int missing)
    {
        var detection = await DetectAsync(hint);

        (detection.GetProperty("type").ValueKind == JsonValueKind.Null ? null : detection.GetProperty("type").GetString()).ShouldBe(type);
        detection.GetProperty("missing").GetArrayLength().ShouldBe(missing);
    }

    [Fact]
    public async Task a_postgres_url_becomes_a_connection_string_to_register_with()
    {
        var detection = await DetectAsync("postgresql://reader:p%40ss@db.example.com:5433/shop");
        var connection = detection.GetProperty("connection").GetString()!;

        connection.ShouldContain("Host=db.example.com");
        connection.ShouldContain("Port=5433");
        connection.ShouldContain("Database=shop");
        connection.ShouldContain("Password=p@ss");
    }

    [Fact]
    public async Task a_kafka_hint_becomes_the_bootstrap_servers_to_register_with()
    {
        var url = await DetectAsync("kafka://b1:9092,b2");
        var bare = await DetectAsync("10.0.0.7:9092");

        url.GetProperty("connection").GetString().ShouldBe("b1:9092,b2:9092");
        url.GetProperty("confidence").GetDouble().ShouldBe(0.95);
        bare.GetProperty("connection").GetString().ShouldBe("10.0.0.7:9092");
        bare.GetProperty("confidence").GetDouble().ShouldBe(0.8);
    }

    [Fact]
    public async Task files_on_the_node_are_recognised_by_content()
    {
        var sqlite = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE t (id INTEGER)");
        var folder = Directory.CreateTempSubdirectory("dataspine-detect-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.csv"), "id\n1\n");
        var renamed = Path.Combine(folder, "really-sqlite.bin");
        File.Copy(sqlite, renamed);

        (await DetectAsync(sqlite)).GetProperty("confidence").GetDouble().ShouldBe(0.99);
        (await DetectAsync(renamed)).GetProperty("type").GetString().ShouldBe("sqlite");
        (await DetectAsync(folder)).GetProperty("type").GetString().ShouldBe("files");
        (await DetectAsync(Path.Combine(folder, "missing", "shop.db"))).GetProperty("missing")[0].GetString()!.ShouldContain("does not exist");
    }

    [Fact]
    public async Task a_path_outside_the_allowed_roots_gets_one_answer_whether_or_not_it_exists()
    {
        var existing = await DetectAsync("/etc/passwd");
        var missing = await DetectAsync("/etc/no-such-file.db");
        var device = await DetectAsync("/dev/zero");

        existing.GetProperty("type").ValueKind.ShouldBe(JsonValueKind.Null);
        existing.GetRawText().ShouldBe(missing.GetRawText());
        device.GetRawText().ShouldBe(missing.GetRawText());
    }

    [Fact]
    public async Task an_empty_hint_is_a_bad_request()
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().PostAsJsonAsync("/api/v1/sources/detect", new { hint = " " });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> DetectAsync(string hint)
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().PostAsJsonAsync("/api/v1/sources/detect", new { hint });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
