using System.Text.Json;

namespace DataSpine.Silo.Tests.Audit;

/// <summary>
/// PostgreSQL takes writers side by side: grains writing at once must still append one chain, no fork (two
/// writers linking to one head) and no gap. Without the chain lock they would collide on the next seq.
/// </summary>
public sealed class PostgresAuditTrailTests
{
    [Fact]
    public async Task concurrent_writers_keep_one_unbroken_chain()
    {
        await using var node = NodeFactory.Postgres(await TestPostgres.CreateDatabaseAsync());
        var clients = new[] { node.CreateClient(), node.CreateClient() };

        var writes = Enumerable.Range(0, 40).Select(async i =>
        {
            var response = await clients[i % 2].PostAsJsonAsync("/api/v1/glossary/terms", new { name = $"Concurrent {i}", definition = "Written side by side." });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        });
        await Task.WhenAll(writes);

        var verified = await clients[1].GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        verified.GetProperty("ok").GetBoolean().ShouldBeTrue(verified.ToString());
        verified.GetProperty("records").GetInt64().ShouldBeGreaterThanOrEqualTo(40);
        var created = await clients[0].GetFromJsonAsync<JsonElement>("/api/v1/audit?action=glossaryterm.created&limit=1000");
        created.GetProperty("items").GetArrayLength().ShouldBe(40);
    }
}
