using System.Text.Json;
using DataSpine.Grains.Security;
using DataSpine.Silo.Tests.Catalog;
using static DataSpine.Silo.Tests.Stewardship.ReviewJson;

namespace DataSpine.Silo.Tests.Stewardship;

/// <summary>
/// Re-scans of a table whose values change while its schema stays the same, against a real node on PostgreSQL: every
/// scan re-classifies (a new suggestion appears), a steward's rejection stays, a rejected class whose evidence grew
/// asks for review, no schema version is written, and a scan that finds nothing new writes nothing.
/// </summary>
public sealed class RescanReviewTests
{
    [Fact]
    public async Task every_rescan_reclassifies_changed_values_keeps_rejections_and_surfaces_grown_evidence()
    {
        await using var node = NodeFactory.Postgres(await TestPostgres.CreateDatabaseAsync());
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE tickets (id INTEGER PRIMARY KEY, payload TEXT, email TEXT)",
            "INSERT INTO tickets (payload, email) WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 40) SELECT 'batch-' || v, 'n/a' FROM n");
        var sourceId = await catalog.RegisterAsync("sqlite", path, new { samplingAllowed = true });
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var steward = await node.CreateClientAsync(Role.Steward);

        var first = await catalog.AssetAsync(sourceId, "main.tickets");
        Column(first, "payload").GetProperty("review").GetArrayLength().ShouldBe(0, "batch numbers are nobody's data");
        var guessed = Review(Column(first, "email"), "EMAIL");
        var confidenceAtRejection = guessed.GetProperty("confidence").GetDouble();
        (await steward.PostAsJsonAsync($"/api/v1/assets/{sourceId}/main.tickets/columns/email/classifications/EMAIL/reject",
            new { reason = "Placeholders only, nobody's address." })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The values change, the schema does not.
        await CatalogClient.ExecuteAsync(path, "UPDATE tickets SET payload = 'customer' || id || '@example.com', email = 'sender' || id || '@example.org'");
        var rescan = await catalog.ScanToEndAsync(sourceId);

        var progress = rescan.GetProperty("progress");
        $"{progress.GetProperty("harvested").GetInt32()} {progress.GetProperty("unchanged").GetInt32()}".ShouldBe("0 1", "the schema is unchanged");
        var asset = await catalog.AssetAsync(sourceId, "main.tickets");
        asset.GetProperty("versions").GetArrayLength().ShouldBe(1, "no schema version without a schema change");
        var payload = Review(Column(asset, "payload"), "EMAIL"); // throws when the re-scan did not re-classify the changed values
        payload.GetProperty("status").GetString().ShouldBe("Pending");
        payload.GetProperty("needsReview").GetBoolean().ShouldBeTrue();
        payload.GetProperty("reviewReason").GetString().ShouldBe("new suggestion");
        Effective(Column(asset, "payload")).ShouldBe(["EMAIL"]);
        var email = Review(Column(asset, "email"), "EMAIL");
        email.GetProperty("status").GetString().ShouldBe("Rejected", "a re-scan never undoes a steward's decision");
        Effective(Column(asset, "email")).ShouldBeEmpty();
        email.GetProperty("confidence").GetDouble().ShouldBeGreaterThanOrEqualTo(confidenceAtRejection + 0.2);
        email.GetProperty("needsReview").GetBoolean().ShouldBeTrue();
        email.GetProperty("reviewReason").GetString()!.ShouldContain("confidence grew");
        (await catalog.AssetsAsync(sourceId)).GetProperty("items")[0].GetProperty("needsReview").GetInt32().ShouldBe(2);
        (await catalog.Http.GetFromJsonAsync<JsonElement>("/api/v1/search?q=tickets&classification=EMAIL")).GetProperty("total").GetInt32().ShouldBe(1);

        // A scan that finds nothing new leaves the asset as it was: no write, so nothing in the audit trail.
        var target = Uri.EscapeDataString($"asset/{sourceId}/main.tickets");
        async Task<int> AssetRecords() => (await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?target={target}&limit=1000"))
            .GetProperty("items").GetArrayLength();
        var recordsBefore = await AssetRecords();
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("progress").GetProperty("unchanged").GetInt32().ShouldBe(1);
        (await AssetRecords()).ShouldBe(recordsBefore);
        var again = await catalog.AssetAsync(sourceId, "main.tickets");
        Review(Column(again, "email"), "EMAIL").GetProperty("status").GetString().ShouldBe("Rejected");
        (await catalog.Http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("ok").GetBoolean().ShouldBeTrue();
    }
}
