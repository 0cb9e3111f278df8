using System.Text.Json;
using DataSpine.Grains.Security;
using DataSpine.Silo.Tests.Catalog;

namespace DataSpine.Silo.Tests.Policies;

/// <summary>
/// Masking on a real node with a scanned SQLite source: where the policy set denies a caller <c>read-sample</c> on a
/// column, its min and max come back null with <c>masked: true</c>; callers the policy lets through see them, and
/// their read is audited. Columns with a PII class keep no min/max at all (the scan drops them).
/// </summary>
public sealed class SampleMaskingTests
{
    private const string Policies = """
        [{"id": "compensation-samples", "effect": "deny", "actions": ["read-sample"], "resourceTypes": ["column"],
          "when": [{"attribute": "resource.glossaryTerm", "op": "equals", "value": "Compensation"},
                   {"attribute": "principal.role", "op": "notIn", "value": ["admin", "steward"]}]},
         {"id": "pii-samples", "effect": "deny", "actions": ["read-sample"],
          "when": [{"attribute": "resource.category", "op": "equals", "value": "PII"},
                   {"attribute": "principal.role", "op": "notIn", "value": ["admin", "steward"]}]}]
        """;

    [Fact]
    public async Task viewers_get_masked_min_and_max_where_a_policy_denies_read_sample_and_stewards_reads_are_audited()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = new CatalogClient(node.CreateClient());
        var source = await admin.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE employees (id INTEGER PRIMARY KEY, email TEXT NOT NULL, salary INTEGER)",
            "INSERT INTO employees VALUES (1, 'ann@example.com', 52000), (2, 'bo@example.org', 91000)"), new { samplingAllowed = true });
        (await admin.ScanToEndAsync(source)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var stewardHttp = await node.CreateClientAsync(Role.Steward);
        var term = await stewardHttp.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "Compensation", definition = "Pay." });
        var termId = (await term.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await stewardHttp.PutAsJsonAsync($"/api/v1/glossary/assignments/{source}/main.employees",
            new { terms = Array.Empty<string>(), columns = new Dictionary<string, string[]> { ["salary"] = [termId] } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await new CatalogClient(await node.CreateClientAsync(Role.Viewer)).AssetAsync(source, "main.employees");
        await PolicyApi.PutOkAsync(admin.Http, Policies);

        var viewer = await new CatalogClient(await node.CreateClientAsync(Role.Viewer)).AssetAsync(source, "main.employees");
        var steward = await new CatalogClient(stewardHttp).AssetAsync(source, "main.employees");

        Profile(before, "salary").GetProperty("max").GetString().ShouldBe("91000", "no policy masked it yet");
        var masked = Profile(viewer, "salary");
        masked.GetProperty("min").ValueKind.ShouldBe(JsonValueKind.Null);
        masked.GetProperty("max").ValueKind.ShouldBe(JsonValueKind.Null);
        masked.GetProperty("masked").GetBoolean().ShouldBeTrue();
        masked.GetProperty("distinctEstimate").GetInt64().ShouldBe(2, "only what was read from values is masked");
        Profile(viewer, "id").GetProperty("max").GetString().ShouldBe("2");
        Profile(viewer, "id").GetProperty("masked").GetBoolean().ShouldBeFalse();
        Profile(steward, "salary").GetProperty("min").GetString().ShouldBe("52000");
        Profile(steward, "salary").GetProperty("masked").GetBoolean().ShouldBeFalse();
        Profile(steward, "email").GetProperty("min").ValueKind.ShouldBe(JsonValueKind.Null, "a PII column keeps no min/max for anyone");

        var reads = await admin.Http.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=asset.sample-read");
        var read = reads.GetProperty("items").EnumerateArray().Single();
        read.GetProperty("outcome").GetString().ShouldBe("read");
        read.GetProperty("target").GetString().ShouldBe($"asset/{source}/main.employees");
        read.GetProperty("diff").GetString()!.ShouldContain("salary");
        var me = await stewardHttp.GetFromJsonAsync<JsonElement>("/api/v1/me");
        read.GetProperty("actor").GetString().ShouldBe(me.GetProperty("id").GetString());
    }

    private static JsonElement Profile(JsonElement asset, string column) =>
        asset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == column).GetProperty("profile");
}
