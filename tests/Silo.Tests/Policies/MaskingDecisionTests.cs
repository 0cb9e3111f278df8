using System.Text.Json;
using DataSpine.Grains.Security;
using DataSpine.Silo.Tests.Catalog;
using static DataSpine.Silo.Tests.Stewardship.ReviewJson;

namespace DataSpine.Silo.Tests.Policies;

/// <summary>
/// Masking follows stewards' decisions, on a real node with a scanned SQLite source: a class set by hand drops a
/// column's min/max like a detected one (at once and after re-scans); a rejected class no longer hides them (from the
/// next scan, for viewers too); and every answer that carries a profile (the asset, a steward's decision on a column,
/// an annotation, a glossary assignment) is masked where a policy denies the caller read-sample.
/// </summary>
public sealed class MaskingDecisionTests
{
    private const string Policies = """
        [{"id": "pii-samples", "effect": "deny", "actions": ["read-sample"],
          "when": [{"attribute": "resource.category", "op": "equals", "value": "PII"},
                   {"attribute": "principal.role", "op": "notIn", "value": ["admin", "steward"]}]},
         {"id": "compensation-samples", "effect": "deny", "actions": ["read-sample"], "resourceTypes": ["column"],
          "when": [{"attribute": "resource.glossaryTerm", "op": "equals", "value": "Compensation"},
                   {"attribute": "principal.role", "op": "notIn", "value": ["admin"]}]}]
        """;

    private static JsonElement Profile(JsonElement asset, string column) =>
        asset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == column).GetProperty("profile");

    private static string? Min(JsonElement profile) => profile.GetProperty("min").GetString();

    [Fact]
    public async Task a_class_set_by_hand_masks_a_column_and_a_rejected_one_unmasks_it()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = new CatalogClient(node.CreateClient());
        var source = await admin.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE staff (id INTEGER PRIMARY KEY, email TEXT NOT NULL, badge TEXT)",
            "INSERT INTO staff VALUES (1, 'ann@example.com', 'B-100'), (2, 'bo@example.org', 'B-205')"), new { samplingAllowed = true });
        (await admin.ScanToEndAsync(source)).GetProperty("status").GetString().ShouldBe("Succeeded");
        await PolicyApi.PutOkAsync(admin.Http, Policies);
        var steward = await node.CreateClientAsync(Role.Steward);
        var viewer = new CatalogClient(await node.CreateClientAsync(Role.Viewer));
        var columns = $"/api/v1/assets/{source}/main.staff/columns";

        var before = await admin.AssetAsync(source, "main.staff");
        Min(Profile(before, "badge")).ShouldBe("B-100");
        Min(Profile(before, "email")).ShouldBeNull("a detected class keeps no min/max");

        // Set by hand: dropped at once, for everyone, and re-scans keep them dropped.
        var set = await OkJsonAsync(steward.PutAsJsonAsync($"{columns}/badge/classifications", new { classes = new[] { "EMPLOYEE_BADGE" }, reason = "Identifies a person." }));
        set.GetProperty("profile").GetProperty("min").ValueKind.ShouldBe(JsonValueKind.Null);
        Min(Profile(await admin.AssetAsync(source, "main.staff"), "badge")).ShouldBeNull();
        (await admin.ScanToEndAsync(source)).GetProperty("status").GetString().ShouldBe("Succeeded");
        Min(Profile(await admin.AssetAsync(source, "main.staff"), "badge")).ShouldBeNull("the scan knows the steward's class");

        // Rejected: the next scan keeps min/max again, and with no PII class left no policy hides them from viewers.
        Profile(await viewer.AssetAsync(source, "main.staff"), "email").GetProperty("min").ValueKind.ShouldBe(JsonValueKind.Null);
        await OkJsonAsync(steward.PostAsJsonAsync($"{columns}/email/classifications/EMAIL/reject", new { reason = "Shared mailboxes, no people." }));
        (await admin.ScanToEndAsync(source)).GetProperty("status").GetString().ShouldBe("Succeeded");
        Min(Profile(await admin.AssetAsync(source, "main.staff"), "email")).ShouldBe("ann@example.com");
        var seenByViewer = Profile(await viewer.AssetAsync(source, "main.staff"), "email");
        Min(seenByViewer).ShouldBe("ann@example.com");
        seenByViewer.GetProperty("masked").GetBoolean().ShouldBeFalse();

        // Accepting it again (the scan still suggests it) drops them once more, at once.
        var accepted = await OkJsonAsync(steward.PostAsJsonAsync($"{columns}/email/classifications/EMAIL/accept", new { }));
        accepted.GetProperty("profile").GetProperty("min").ValueKind.ShouldBe(JsonValueKind.Null);
        Min(Profile(await admin.AssetAsync(source, "main.staff"), "email")).ShouldBeNull();
    }

    [Fact]
    public async Task every_answer_that_carries_a_profile_is_masked_for_a_caller_denied_read_sample()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = new CatalogClient(node.CreateClient());
        var source = await admin.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE payroll (id INTEGER PRIMARY KEY, salary INTEGER)",
            "INSERT INTO payroll VALUES (1, 52000), (2, 91000)"), new { samplingAllowed = true });
        (await admin.ScanToEndAsync(source)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var steward = await node.CreateClientAsync(Role.Steward);
        var term = await OkOrCreatedAsync(steward.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "Compensation", definition = "Pay." }));
        var termId = term.GetProperty("id").GetString()!;
        await PolicyApi.PutOkAsync(admin.Http, Policies);
        var assign = new { terms = Array.Empty<string>(), columns = new Dictionary<string, string[]> { ["salary"] = [termId] } };

        var assigned = await OkJsonAsync(steward.PutAsJsonAsync($"/api/v1/glossary/assignments/{source}/main.payroll", assign));
        var annotated = await OkJsonAsync(steward.PutAsJsonAsync($"/api/v1/assets/{source}/main.payroll/columns/salary/annotation", new { description = "Gross, yearly." }));
        var decided = await OkJsonAsync(steward.PutAsJsonAsync($"/api/v1/assets/{source}/main.payroll/columns/salary/classifications", new { classes = Array.Empty<string>() }));
        var read = await new CatalogClient(steward).AssetAsync(source, "main.payroll");

        foreach (var (answer, profile) in new[]
        {
            ("glossary assignment", Profile(assigned, "salary")), ("column annotation", Profile(annotated, "salary")),
            ("classification decision", decided.GetProperty("profile")), ("asset", Profile(read, "salary")),
        })
        {
            profile.GetProperty("max").ValueKind.ShouldBe(JsonValueKind.Null, answer);
            profile.GetProperty("masked").GetBoolean().ShouldBeTrue(answer);
        }

        var unmasked = Profile(await admin.AssetAsync(source, "main.payroll"), "salary");
        unmasked.GetProperty("max").GetString().ShouldBe("91000", "the policy exempts admins, and salary has no class");
        Profile(await admin.AssetAsync(source, "main.payroll"), "id").GetProperty("max").GetString().ShouldBe("2");
        Profile(annotated, "id").GetProperty("max").GetString().ShouldBe("2", "only the denied column is masked");
    }

    private static async Task<JsonElement> OkOrCreatedAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
