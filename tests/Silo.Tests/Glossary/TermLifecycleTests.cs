using System.Text.Json;
using DataSpine.Grains.Security;
using DataSpine.Silo.Tests.Catalog;

namespace DataSpine.Silo.Tests.Glossary;

/// <summary>
/// A term's review against a real node on PostgreSQL: draft → in review → approved → deprecated, only
/// approved terms assignable, a change to an approved term reviewed as a new revision while the approved one
/// stays in force, the approver recorded, and the history kept.
/// </summary>
public sealed class TermLifecycleTests
{
    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> sending, HttpStatusCode status)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task a_term_is_assignable_only_once_approved_and_a_change_waits_for_review_as_a_new_revision()
    {
        await using var node = NodeFactory.Postgres(await TestPostgres.CreateDatabaseAsync());
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, gross REAL)", "CREATE TABLE refunds (id INTEGER PRIMARY KEY, gross REAL)"));
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var (orders, refunds) = ($"{sourceId}/main.orders", $"{sourceId}/main.refunds");
        var steward = await node.CreateClientAsync(Role.Steward);
        var viewer = await node.CreateClientAsync(Role.Viewer);
        var stewardId = (await steward.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString();
        var terms = "/api/v1/glossary/terms";

        var draft = await SendAsync(steward.PostAsJsonAsync(terms, new { name = "Gross revenue", definition = "Before refunds.", status = "draft" }), HttpStatusCode.Created);
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        var id = draft.GetProperty("id").GetString()!;
        var assign = (string asset) => steward.PutAsJsonAsync($"/api/v1/glossary/assignments/{asset}", new { columns = new Dictionary<string, string[]> { ["gross"] = [id] } });
        (await SendAsync(assign(orders), HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("term_not_approved");
        (await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/approve", new { }), HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("invalid_term_status");

        (await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/submit", new { }), HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("InReview");
        (await SendAsync(assign(orders), HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("term_not_approved");
        (await viewer.PostAsJsonAsync($"{terms}/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var approved = await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/approve", new { }), HttpStatusCode.OK);
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        approved.GetProperty("approvedBy").GetString().ShouldBe(stewardId);
        await SendAsync(assign(orders), HttpStatusCode.OK);

        // A change to the approved term is revision 2, in review; revision 1 stays in force on the asset and in search.
        var revised = await SendAsync(steward.PutAsJsonAsync($"{terms}/{id}", new { name = "Gross sales", definition = "All sales before refunds." }), HttpStatusCode.OK);
        revised.GetProperty("name").GetString().ShouldBe("Gross revenue");
        revised.GetProperty("revision").GetInt32().ShouldBe(1);
        revised.GetProperty("pending").GetProperty("revision").GetInt32().ShouldBe(2);
        revised.GetProperty("pending").GetProperty("definition").GetProperty("name").GetString().ShouldBe("Gross sales");
        (await catalog.AssetAsync(sourceId, "main.orders")).GetProperty("columns")[1].GetProperty("terms")[0].GetProperty("name").GetString().ShouldBe("Gross revenue");
        var inForce = await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/approve", new { }), HttpStatusCode.OK);
        inForce.GetProperty("name").GetString().ShouldBe("Gross sales");
        inForce.GetProperty("revision").GetInt32().ShouldBe(2);
        inForce.GetProperty("pending").ValueKind.ShouldBe(JsonValueKind.Null);
        (await catalog.AssetAsync(sourceId, "main.orders")).GetProperty("columns")[1].GetProperty("terms")[0].GetProperty("name").GetString().ShouldBe("Gross sales");

        // A rejected revision is dropped; a deprecated term stays where it is and cannot be put anywhere new.
        await SendAsync(steward.PutAsJsonAsync($"{terms}/{id}", new { name = "Gross", definition = "Too short." }), HttpStatusCode.OK);
        (await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/reject", new { }), HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("invalid_term");
        (await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/reject", new { reason = "Ambiguous." }), HttpStatusCode.OK)).GetProperty("name").GetString().ShouldBe("Gross sales");
        (await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/deprecate", new { }), HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("invalid_term");
        (await SendAsync(steward.PostAsJsonAsync($"{terms}/{id}/deprecate", new { reason = "Replaced by Net sales." }), HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("Deprecated");
        (await SendAsync(assign(refunds), HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("term_not_approved");
        await SendAsync(assign(orders), HttpStatusCode.OK); // what an asset carries already stays assignable
        (await SendAsync(steward.PutAsJsonAsync($"{terms}/{id}", new { name = "Gross sales", definition = "x" }), HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("invalid_term_status");

        var history = await SendAsync(viewer.GetAsync($"{terms}/{id}/history"), HttpStatusCode.OK);
        history.EnumerateArray().Select(h => $"{h.GetProperty("action").GetString()}:{h.GetProperty("revision").GetInt32()}:{h.GetProperty("status").GetString()}")
            .ShouldBe(["created:1:Draft", "submitted:1:InReview", "approved:1:Approved", "revised:2:InReview", "approved:2:Approved",
                "revised:3:InReview", "rejected:3:Draft", "deprecated:2:Deprecated"]);
        history.EnumerateArray().ShouldAllBe(h => h.GetProperty("actor").GetString() == stewardId);
        (await SendAsync(viewer.GetAsync($"{terms}/nope/history"), HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("term_not_found");
        var listed = await SendAsync(viewer.GetAsync(terms), HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("status").GetString().ShouldBe("Deprecated");
    }
}
