using System.Diagnostics;
using System.Text.Json;

namespace DataSpine.Silo.Tests.Operations;

public sealed class OperationsEndpointTests
{
    [Fact]
    public async Task healthz_answers_ok()
    {
        await using var node = NodeFactory.Sqlite();
        var answer = await node.CreateClient().GetFromJsonAsync<JsonElement>("/healthz");
        answer.GetProperty("status").GetString().ShouldBe("ok");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task readyz_is_ready_when_storage_answers(string provider)
    {
        await using var node = provider == "sqlite" ? NodeFactory.Sqlite() : NodeFactory.Postgres();
        var client = node.CreateClient();

        var response = await WaitForReadyAsync(client);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        report.GetProperty("ready").GetBoolean().ShouldBeTrue();
        report.GetProperty("dependencies")[0].GetProperty("name").GetString().ShouldBe("storage");
        report.GetProperty("version").GetString()!.ShouldMatch(@"^\d+\.\d+\.\d+"); // the build, for the UI's health line
    }

    [Fact]
    public async Task readyz_and_startupz_say_503_with_the_reason_when_storage_becomes_unreachable()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var node = NodeFactory.Postgres(database);
        var client = node.CreateClient();
        (await WaitForReadyAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await TestPostgres.DropDatabaseAsync(database);

        var ready = await client.GetAsync("/readyz");
        var startup = await client.GetAsync("/startupz");

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        startup.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var storage = (await startup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dependencies")[0];
        storage.GetProperty("healthy").GetBoolean().ShouldBeFalse();
        storage.GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace();
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task metrics_pass_promtool_and_carry_orleans_and_http_meters()
    {
        await using var node = NodeFactory.Sqlite();
        var client = node.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/v1/cluster/silos")).EnsureSuccessStatusCode();
            (await client.GetAsync("/api/v1/search?q=orders")).EnsureSuccessStatusCode();
        }

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        // Orleans' own meters, DataSpine's, and prometheus-net's request metrics for the calls just made.
        text.ShouldContain("# TYPE dataspine_search_duration_seconds histogram");
        text.ShouldContain("microsoft_orleans_orleans_catalog_activations");
        text.ShouldContain("# TYPE microsoft_orleans_orleans_app_requests_latency histogram");
        text.ShouldContain("http_requests_received_total{code=\"200\",method=\"GET\",controller=\"\",action=\"\",endpoint=\"/api/v1/cluster/silos\"}");
        var (exitCode, output) = await RunPromtoolAsync(text);
        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public async Task the_openapi_document_describes_the_endpoints()
    {
        await using var node = NodeFactory.Sqlite();
        var document = await node.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("DataSpine API");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/healthz", "/readyz", "/startupz", "/metrics", "/api/v1/cluster/silos" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }
    }

    private static async Task<HttpResponseMessage> WaitForReadyAsync(HttpClient client)
    {
        // Storage is initialised in the background right after start-up.
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync("/readyz");
            if (response.IsSuccessStatusCode || attempt == 50)
            {
                return response;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunPromtoolAsync(string exposition)
    {
        using var promtool = Process.Start(new ProcessStartInfo("promtool", "check metrics")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("promtool did not start (apt-get install prometheus).");
        await promtool.StandardInput.WriteAsync(exposition);
        promtool.StandardInput.Close();
        var output = await promtool.StandardOutput.ReadToEndAsync() + await promtool.StandardError.ReadToEndAsync();
        await promtool.WaitForExitAsync();
        return (promtool.ExitCode, output);
    }
}
