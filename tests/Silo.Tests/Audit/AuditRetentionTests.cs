using System.Globalization;
using System.Text.Json;
using DataSpine.Grains.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Silo.Tests.Audit;

/// <summary>
/// Retention on a real node over SQLite: pruning deletes old records from the start of the chain, keeps the head, and
/// anchors the first kept record in audit_anchor, so verify still proves the rest whole; a kept record deleted, or an
/// anchor changed or removed, is found.
/// </summary>
public sealed class AuditRetentionTests
{
    private static async Task CreateTermAsync(HttpClient http, string name) =>
        (await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name, definition = "Kept a while." })).StatusCode.ShouldBe(HttpStatusCode.Created);

    [Fact]
    public async Task pruned_records_leave_an_anchor_that_verify_starts_from_and_tampering_after_it_is_still_found()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dataspine-retention-{Guid.NewGuid():N}.db");
        await using var node = new NodeFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={file}",
            ["Audit:CheckpointEvery"] = "4",
            ["Audit:RetainDays"] = "30",
        });
        var http = node.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            await CreateTermAsync(http, $"Old term {i}");
        }

        node.Services.GetRequiredService<AuditRetentionOptions>().RetainDays.ShouldBe(30);
        var trail = node.Services.GetRequiredService<AuditTrail>();
        (await trail.PruneAsync(DateTimeOffset.UtcNow.AddDays(-30), CancellationToken.None)).ShouldBeNull("nothing is 30 days old");
        var before = await http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        var head = before.GetProperty("head").GetProperty("seq").GetInt64();

        // Everything written until now counts as old: all but the head goes.
        var anchor = (await trail.PruneAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None))!;
        anchor.Seq.ShouldBeGreaterThanOrEqualTo(head - 1, "every record but the head was written before the cut-off");
        await CreateTermAsync(http, "New term");
        var verified = await http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        verified.GetProperty("ok").GetBoolean().ShouldBeTrue(verified.ToString());
        verified.GetProperty("prunedThrough").GetInt64().ShouldBe(anchor.Seq);
        var kept = verified.GetProperty("head").GetProperty("seq").GetInt64() - anchor.Seq;
        kept.ShouldBeGreaterThanOrEqualTo(3, "the old head, the prune's own record and the new term's");
        verified.GetProperty("records").GetInt64().ShouldBe(kept);
        var pruned = (await http.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=audit.pruned")).GetProperty("items").EnumerateArray().Single();
        pruned.GetProperty("diff").GetString()!.ShouldContain($"\"through\":{anchor.Seq}");
        var export = (await http.GetStringAsync("/api/v1/audit/export")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonDocument.Parse(export[0]).RootElement.GetProperty("seq").GetInt64().ShouldBe(anchor.Seq + 1);
        JsonDocument.Parse(export[0]).RootElement.GetProperty("previousHash").GetString().ShouldBe(anchor.Hash);

        var first = (anchor.Seq + 1).ToString(CultureInfo.InvariantCulture);
        await AuditTrailTests.SqlAsync(file, $"CREATE TABLE kept AS SELECT * FROM audit_log WHERE seq = {first}; DELETE FROM audit_log WHERE seq = {first}");
        var gap = await http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        gap.GetProperty("ok").GetBoolean().ShouldBeFalse("the first kept record was deleted");
        gap.GetProperty("firstBrokenAt").GetInt64().ShouldBe(anchor.Seq + 1);
        gap.GetProperty("reason").GetString()!.ShouldContain("missing");
        await AuditTrailTests.SqlAsync(file, "INSERT INTO audit_log SELECT * FROM kept");
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("ok").GetBoolean().ShouldBeTrue();

        await AuditTrailTests.SqlAsync(file, "UPDATE audit_anchor SET hash = CASE WHEN substr(hash, 1, 1) = '0' THEN '1' ELSE '0' END || substr(hash, 2)");
        var moved = await http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        moved.GetProperty("ok").GetBoolean().ShouldBeFalse("the anchor was changed");
        moved.GetProperty("reason").GetString()!.ShouldContain("does not link");

        await AuditTrailTests.SqlAsync(file, "DELETE FROM audit_anchor");
        var unanchored = await http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        unanchored.GetProperty("ok").GetBoolean().ShouldBeFalse("without its anchor the chain starts in the middle");
        unanchored.GetProperty("firstBrokenAt").GetInt64().ShouldBe(1);
    }
}
