using System.Text.Json;

namespace DataSpine.Silo.Tests.Dashboard;

public sealed class DashboardEndpointTests
{
    [Fact]
    public async Task the_snapshot_shows_this_silo_and_the_grain_calls_it_served()
    {
        await using var node = NodeFactory.Sqlite();
        var client = node.CreateClient();
        var silo = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cluster/silos"))[0].GetProperty("silo").GetString();
        for (var i = 0; i < 4; i++)
        {
            (await client.GetAsync("/api/v1/cluster/silos")).EnsureSuccessStatusCode();
        }

        // The silo samples its counters once a second, so the calls can reach the window over two samples: wait for all five.
        JsonElement view = default;
        JsonElement? method = null;
        for (var attempt = 0; attempt < 50 && (method is null || method.Value.GetProperty("calls").GetProperty("calls").GetInt64() < 5); attempt++)
        {
            await Task.Delay(200);
            view = await client.GetFromJsonAsync<JsonElement>("/dashboard/api/snapshot");
            method = view.GetProperty("grainTypes").EnumerateArray()
                .Where(t => t.GetProperty("grainType").GetString() == "management")
                .SelectMany(t => t.GetProperty("methods").EnumerateArray())
                .Where(m => m.GetProperty("method").GetString() == "GetSilosAsync")
                .Select(m => (JsonElement?)m)
                .FirstOrDefault();
        }

        method.ShouldNotBeNull(view.ToString());
        method.Value.GetProperty("calls").GetProperty("calls").GetInt64().ShouldBeGreaterThanOrEqualTo(5);
        method.Value.GetProperty("calls").GetProperty("callsPerSecond").GetDouble().ShouldBeGreaterThan(0);
        var totals = view.GetProperty("totals");
        totals.GetProperty("silos").GetInt32().ShouldBe(1);
        totals.GetProperty("activations").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var row = view.GetProperty("silos").EnumerateArray().Single();
        row.GetProperty("silo").GetString().ShouldBe(silo);
        row.GetProperty("status").GetString().ShouldBe("Active");
        row.GetProperty("process").GetProperty("workingSetBytes").GetInt64().ShouldBeGreaterThan(0);
        view.GetProperty("history").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task this_silos_own_snapshot_carries_its_latency_histograms()
    {
        await using var node = NodeFactory.Sqlite();
        var client = node.CreateClient();
        (await client.GetAsync("/api/v1/cluster/silos")).EnsureSuccessStatusCode();

        JsonElement snapshot = default;
        for (var attempt = 0; attempt < 50 && (snapshot.ValueKind != JsonValueKind.Object || snapshot.GetProperty("calls").GetArrayLength() == 0); attempt++)
        {
            await Task.Delay(200);
            snapshot = await client.GetFromJsonAsync<JsonElement>("/dashboard/api/silo");
        }

        var call = snapshot.GetProperty("calls").EnumerateArray().First();
        call.GetProperty("latencyHistogram").GetArrayLength().ShouldBeGreaterThan(0);
        snapshot.GetProperty("windowSeconds").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task reminders_are_an_empty_list_until_reminders_exist()
    {
        await using var node = NodeFactory.Sqlite();

        var reminders = await node.CreateClient().GetFromJsonAsync<JsonElement>("/dashboard/api/reminders");

        reminders.ValueKind.ShouldBe(JsonValueKind.Array);
        reminders.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task the_log_tail_returns_the_nodes_lines_after_a_sequence_number()
    {
        await using var node = NodeFactory.Sqlite();
        var client = node.CreateClient();

        var lines = await client.GetFromJsonAsync<JsonElement>("/dashboard/api/logs");

        lines.GetArrayLength().ShouldBeGreaterThan(0);   // at least the runtime's and the host's start-up lines
        var last = lines[lines.GetArrayLength() - 1].GetProperty("sequence").GetInt64();
        (await client.GetFromJsonAsync<JsonElement>($"/dashboard/api/logs?after={last}")).EnumerateArray()
            .ShouldAllBe(l => l.GetProperty("sequence").GetInt64() > last);
    }

    [Fact]
    public async Task the_page_and_its_files_are_served_with_a_strict_content_policy()
    {
        await using var node = NodeFactory.Sqlite();
        var client = node.CreateClient();

        var page = await client.GetAsync("/dashboard");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
        (await page.Content.ReadAsStringAsync()).ShouldContain("/dashboard/assets/dashboard.js");
        (await client.GetAsync("/dashboard/assets/dashboard.js")).Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await client.GetAsync("/dashboard/assets/dashboard.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/dashboard/assets/nothing.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task the_dashboard_api_is_in_the_openapi_document_and_the_page_is_not()
    {
        await using var node = NodeFactory.Sqlite();

        var paths = (await node.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[] { "/dashboard/api/snapshot", "/dashboard/api/silo", "/dashboard/api/reminders", "/dashboard/api/logs" })
        {
            paths.GetProperty(path).GetProperty("get").GetProperty("tags")[0].GetString().ShouldBe("Dashboard");
        }

        paths.TryGetProperty("/dashboard", out _).ShouldBeFalse();
        paths.TryGetProperty("/dashboard/assets/{name}", out _).ShouldBeFalse();
    }
}
