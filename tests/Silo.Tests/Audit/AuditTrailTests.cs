using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Silo.Tests.Audit;

/// <summary>
/// Issue 19's audit trail on a real node over SQLite: every write through the API leaves a record with its
/// actor, request, correlation id and diff; the chain verifies; an edited, a deleted and a cut-off record
/// are each found; a source's password never reaches the trail.
/// </summary>
public sealed class AuditTrailTests
{
    private static (NodeFactory Node, string File) Node(int checkpointEvery = 100)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dataspine-audit-{Guid.NewGuid():N}.db");
        var node = new NodeFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={file}",
            ["Audit:CheckpointEvery"] = checkpointEvery.ToString(CultureInfo.InvariantCulture),
        });
        return (node, file);
    }

    private static async Task<string> CreateTermAsync(HttpClient http, string name)
    {
        var response = await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name, definition = $"What {name} means." });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient http, string query = "") =>
        await http.GetFromJsonAsync<JsonElement>($"/api/v1/audit/verify{query}");

    internal static async Task SqlAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task a_write_through_the_api_is_recorded_with_its_request_correlation_and_diff()
    {
        var (plain, _) = Node();
        await using var _plain = plain;
        // TestServer has no peer address; a real node has one, so give the requests one here.
        await using var node = plain.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddress>()));
        var http = node.CreateClient();
        var id = await CreateTermAsync(http, "Churn");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/glossary/terms/{id}") { Content = JsonContent.Create(new { name = "Churn rate", definition = "Customers lost per month." }) };
        request.Headers.Add("X-Correlation-Id", "audit-test-correlation");
        (await http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?target={Uri.EscapeDataString("glossaryterm/" + id)}");

        var records = page.GetProperty("items").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("action").GetString()).ShouldBe(["glossaryterm.changed", "glossaryterm.created"]);
        var change = records[0];
        change.GetProperty("operation").GetString().ShouldBe($"PUT /api/v1/glossary/terms/{id}");
        change.GetProperty("correlation").GetString().ShouldBe("audit-test-correlation");
        change.GetProperty("client").GetString().ShouldBe("192.0.2.7");
        var me = await http.GetFromJsonAsync<JsonElement>("/api/v1/me");
        change.GetProperty("actor").GetString().ShouldBe(me.GetProperty("id").GetString(), "the key's id, never its secret");
        var diff = JsonDocument.Parse(change.GetProperty("diff").GetString()!).RootElement.EnumerateArray().ToList();
        // The term is approved, so the change waits for review as a pending revision (docs/stewardship.md); its approval brings it into force.
        diff.ShouldContain(d => d.GetProperty("path").GetString() == "$.pending.definition.name" && d.GetProperty("after").GetString() == "Churn rate");
        (await http.PostAsJsonAsync($"/api/v1/glossary/terms/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var approval = (await http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?target={Uri.EscapeDataString("glossaryterm/" + id)}&limit=1")).GetProperty("items")[0];
        approval.GetProperty("operation").GetString().ShouldBe($"POST /api/v1/glossary/terms/{id}/approve");
        JsonDocument.Parse(approval.GetProperty("diff").GetString()!).RootElement.EnumerateArray().ShouldContain(d =>
            d.GetProperty("path").GetString() == "$.definition.name" && d.GetProperty("before").GetString() == "Churn" && d.GetProperty("after").GetString() == "Churn rate");
        (await VerifyAsync(http)).GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task an_edited_a_deleted_and_a_cut_off_record_are_each_found_and_a_restored_chain_verifies_again()
    {
        var (node, file) = Node(checkpointEvery: 4);
        await using var _node = node;
        var http = node.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            await CreateTermAsync(http, $"Term {i}");
        }

        var verified = await VerifyAsync(http);
        verified.GetProperty("ok").GetBoolean().ShouldBeTrue(verified.ToString());
        var records = verified.GetProperty("records").GetInt64();
        records.ShouldBeGreaterThanOrEqualTo(10);

        await SqlAsync(file, "CREATE TABLE original AS SELECT actor FROM audit_log WHERE seq = 3; UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");
        var edited = await VerifyAsync(http);
        edited.GetProperty("ok").GetBoolean().ShouldBeFalse();
        edited.GetProperty("firstBrokenAt").GetInt64().ShouldBe(3);
        edited.GetProperty("reason").GetString()!.ShouldContain("changed");

        await SqlAsync(file, "CREATE TABLE kept AS SELECT * FROM audit_log WHERE seq = 5; DELETE FROM audit_log WHERE seq = 5; UPDATE audit_log SET actor = (SELECT actor FROM original) WHERE seq = 3");
        var deleted = await VerifyAsync(http);
        deleted.GetProperty("ok").GetBoolean().ShouldBeFalse();
        deleted.GetProperty("firstBrokenAt").GetInt64().ShouldBe(5);
        deleted.GetProperty("reason").GetString()!.ShouldContain("missing");

        await SqlAsync(file, "INSERT INTO audit_log SELECT * FROM kept");
        (await VerifyAsync(http)).GetProperty("ok").GetBoolean().ShouldBeTrue("the chain is whole again");

        await SqlAsync(file, $"DELETE FROM audit_log WHERE seq > {records - 3}");
        var truncated = await VerifyAsync(http);
        truncated.GetProperty("ok").GetBoolean().ShouldBeFalse("a checkpoint names a record past the end");
        truncated.GetProperty("reason").GetString()!.ShouldContain("cut off");
    }

    [Fact]
    public async Task an_exported_head_finds_a_tail_cut_after_the_last_checkpoint()
    {
        var (node, file) = Node(checkpointEvery: 1_000);
        await using var _node = node;
        var http = node.CreateClient();
        await CreateTermAsync(http, "Alpha");
        await CreateTermAsync(http, "Beta");
        var export = await http.GetStringAsync("/api/v1/audit/export");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var head = lines[^1];
        var (seq, hash) = (head.GetProperty("seq").GetInt64(), head.GetProperty("hash").GetString()!);
        lines.Select(l => l.GetProperty("seq").GetInt64()).ShouldBe(Enumerable.Range(1, lines.Count).Select(i => (long)i));

        await SqlAsync(file, $"DELETE FROM audit_log WHERE seq = {seq}");

        (await VerifyAsync(http)).GetProperty("ok").GetBoolean().ShouldBeTrue("without a checkpoint past it, a cut tail looks whole from inside");
        var withHead = await VerifyAsync(http, $"?headSeq={seq}&headHash={hash}");
        withHead.GetProperty("ok").GetBoolean().ShouldBeFalse();
        withHead.GetProperty("firstBrokenAt").GetInt64().ShouldBe(seq);
    }

    [Fact]
    public async Task a_sources_password_never_reaches_the_trail()
    {
        var (node, _) = Node();
        await using var _node = node;
        var http = node.CreateClient();
        const string password = "s3cret-Audit-Pa55";
        var response = await http.PostAsJsonAsync("/api/v1/sources",
            new { name = "warehouse", type = "postgres", connection = $"Host=127.0.0.1;Port=1;Username=u;Password={password};Database=d" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        var export = await http.GetStringAsync("/api/v1/audit/export");

        export.ShouldContain("source.created");
        export.ShouldNotContain(password);
        export.ShouldContain("[redacted]");
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=1001")]
    [InlineData("?cursor=-1")]
    public async Task paging_out_of_range_is_a_400(string query)
    {
        var (node, _) = Node();
        await using var _node = node;

        var response = await node.CreateClient().GetAsync($"/api/v1/audit{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
