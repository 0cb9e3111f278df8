using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DataSpine.Silo.Tests.WebDefaults;

/// <summary>Issue 17's web-facing defaults on a real node over Kestrel (headers Kestrel itself writes are only seen there).</summary>
public sealed class WebDefaultsTests
{
    [Fact]
    public async Task answers_carry_security_headers_and_no_server_banner()
    {
        await using var node = Kestrel(NodeFactory.Sqlite());
        using var http = node.CreateClient();

        var response = await http.GetAsync("/api/v1/sources");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Server").ShouldBeFalse();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        // HSTS only over TLS: this node speaks plain HTTP on loopback.
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task a_foreign_host_header_is_refused_with_a_problem()
    {
        await using var node = NodeFactory.Sqlite();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sources");
        request.Headers.Host = "attacker.example";

        var response = await node.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("invalid_request");
    }

    [Fact]
    public async Task configured_hosts_and_origins_are_let_through_and_others_are_not()
    {
        await using var node = NodeFactory.SqliteWith(new Dictionary<string, string?>
        {
            ["AllowedHosts"] = "catalog.example.com",
            ["Cors:AllowedOrigins:0"] = "https://ui.example.com",
        });
        var http = node.CreateClient();

        var allowed = await PreflightAsync(http, "catalog.example.com", "https://ui.example.com");
        var foreign = await PreflightAsync(http, "catalog.example.com", "https://evil.example");
        using var loopback = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        loopback.Headers.Host = "localhost";

        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://ui.example.com"]);
        foreign.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        (await http.SendAsync(loopback)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task cors_is_closed_by_default()
    {
        await using var node = NodeFactory.Sqlite();

        var answer = await PreflightAsync(node.CreateClient(), "localhost", "http://localhost:5173");

        answer.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "name=x&type=sqlite&connection=/tmp/x.db")]
    [InlineData("text/plain", """{"name":"x","type":"sqlite","connection":"/tmp/x.db"}""")]
    [InlineData("multipart/form-data; boundary=b", "--b--")]
    public async Task a_write_whose_body_is_not_json_is_refused_and_changes_nothing(string contentType, string body)
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await http.PostAsync("/api/v1/sources", content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("unsupported_media_type");
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/sources")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task a_bodyless_post_needs_a_json_type_or_a_custom_header()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var catalog = new Catalog.CatalogClient(http);
        var source = await catalog.RegisterAsync("sqlite", await Catalog.CatalogClient.NewSqliteSourceAsync("CREATE TABLE t (a int)"));

        var bare = await http.PostAsync($"/api/v1/sources/{source}/scans", null);
        var unscanned = await http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{source}");
        using var withHeader = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sources/{source}/test");
        withHeader.Headers.Add("X-Requested-With", "curl");
        var headed = await http.SendAsync(withHeader);
        var json = await http.PostAsJsonAsync($"/api/v1/sources/{source}/scans", new { });

        bare.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("unsupported_media_type");
        unscanned.GetProperty("lastScan").ValueKind.ShouldBe(JsonValueKind.Null);
        headed.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task too_many_requests_from_one_caller_get_429_with_retry_after_and_probes_are_not_limited()
    {
        await using var node = NodeFactory.SqliteWith(new Dictionary<string, string?>
        {
            ["RateLimits:AnonymousPerMinute"] = "3",
            ["RateLimits:PerKeyPerMinute"] = "3",
        });
        var http = node.CreateClient(); // carries a key: limited per key

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await http.GetAsync("/api/v1/sources")).StatusCode);
        }

        var limited = await http.GetAsync("/api/v1/glossary/terms");
        var probe = await http.GetAsync("/healthz");

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("rate_limited");
        probe.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_gzip_body_is_accepted_and_a_gzip_bomb_is_refused_with_413()
    {
        await using var node = Kestrel(NodeFactory.Sqlite());
        using var http = node.CreateClient();
        var term = JsonSerializer.SerializeToUtf8Bytes(new { name = "Zipped", definition = "Sent with Content-Encoding: gzip." });
        var bomb = Encoding.UTF8.GetBytes($$"""{"name":"bomb","definition":"{{new string('z', 16 << 20)}}"}""");

        var zipped = await http.PostAsync("/api/v1/glossary/terms", GzipContent.Of(term, "application/json"));
        var exploded = await http.PostAsync("/api/v1/glossary/terms", GzipContent.Of(bomb, "application/json"));

        zipped.StatusCode.ShouldBe(HttpStatusCode.Created, await zipped.Content.ReadAsStringAsync());
        exploded.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await exploded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("body_too_large");
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/glossary/terms")).GetProperty("total").GetInt32().ShouldBe(1);
    }

    private static NodeFactory Kestrel(NodeFactory node)
    {
        node.UseKestrel(0);
        node.StartServer();
        return node;
    }

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient http, string host, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/sources");
        request.Headers.Host = host;
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return http.SendAsync(request);
    }
}
