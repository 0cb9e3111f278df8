using System.Text.Json;
using DataSpine.Grains.Security;

namespace DataSpine.Silo.Tests.Policies;

/// <summary>
/// On PostgreSQL: refusals appended to the audit trail while state writes commit side by side keep one unbroken
/// chain, and a second node of the same database that had loaded the set picks up its change.
/// </summary>
public sealed class PostgresPolicyTests
{
    [Fact]
    public async Task refusals_and_writes_side_by_side_keep_one_chain_and_a_second_node_applies_the_stored_set()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var node = ClusterNode(database);
        var admin = node.CreateClient();
        var viewer = await node.CreateClientAsync(Role.Viewer);

        var work = Enumerable.Range(0, 20).Select(async i =>
        {
            (await viewer.DeleteAsync($"/api/v1/sources/s{i}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var created = await admin.PostAsJsonAsync("/api/v1/glossary/terms", new { name = $"Term {i}", definition = "Side by side." });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        });
        await Task.WhenAll(work);
        await using var second = ClusterNode(database);
        var other = second.CreateClient();
        (await RuleAsync(other)).ShouldBe("builtin:admin", "the second node has loaded the set before it changes");
        await PolicyApi.PutOkAsync(admin, PolicyApi.KeepProductionSubjects);

        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        verified.GetProperty("ok").GetBoolean().ShouldBeTrue(verified.ToString());
        var denied = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=request.delete&limit=1000");
        denied.GetProperty("items").EnumerateArray().Count(r => r.GetProperty("outcome").GetString() == "denied").ShouldBe(20);

        // The second node checks the stored version at most every Policies:RefreshInterval (1 s).
        var rule = await RuleAsync(other);
        for (var attempt = 0; attempt < 50 && rule != "keep-production-subjects"; attempt++)
        {
            await Task.Delay(100);
            rule = await RuleAsync(other);
        }

        rule.ShouldBe("keep-production-subjects");
    }

    /// <summary>A silo of a cluster on <paramref name="database"/> (membership there), so two of them share grain activations.</summary>
    private static NodeFactory ClusterNode(string database) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = database,
        ["Cluster:Mode"] = "Postgres",
    });

    private static async Task<string?> RuleAsync(HttpClient http)
    {
        var answer = await http.PostAsJsonAsync("/api/v1/policies/evaluate",
            new { principal = new { role = "admin" }, action = "delete", resource = new { type = "registry-subject", subject = "prod.x" } });
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString();
    }
}
