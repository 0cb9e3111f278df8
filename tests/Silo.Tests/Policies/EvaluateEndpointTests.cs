using System.Text.Json;
using DataSpine.Grains.Security;

namespace DataSpine.Silo.Tests.Policies;

/// <summary><c>POST /api/v1/policies/evaluate</c> on a real node with a custom set in force: decision, rule, reason, explain.</summary>
public sealed class EvaluateEndpointTests
{
    private static object Question(string role, string action, object resource, bool? explain = null) =>
        new { principal = new { role, key = "key_1" }, action, resource, explain };

    [Fact]
    public async Task evaluate_answers_with_the_deciding_rule_and_explains_every_rule_considered()
    {
        await using var node = NodeFactory.Sqlite();
        await PolicyApi.PutOkAsync(node.CreateClient(), $"[{PolicyApi.KeepProductionSubjects}, {PolicyApi.EngineersScanEu}]");
        var steward = await node.CreateClientAsync(Role.Steward);

        var denied = await Ask(steward, Question("admin", "delete", new { type = "registry-subject", subject = "prod.orders-value" }));
        var allowed = await Ask(steward, Question("engineer", "scan", new { type = "source", id = "s1", region = "eu" }));
        var byDefault = await Ask(steward, Question("viewer", "write", new { type = "source", tags = new[] { "a", "b" } }));
        var explained = await Ask(steward, Question("engineer", "scan", new { type = "source", region = "us" }), "?explain=true");

        (denied.GetProperty("decision").GetString(), denied.GetProperty("rule").GetString()).ShouldBe(("deny", "keep-production-subjects"));
        (allowed.GetProperty("decision").GetString(), allowed.GetProperty("rule").GetString()).ShouldBe(("allow", "builtin:engineer"));
        (byDefault.GetProperty("decision").GetString(), byDefault.GetProperty("rule").GetString()).ShouldBe(("deny", "default"));
        denied.TryGetProperty("considered", out var none).ShouldBeTrue();
        none.ValueKind.ShouldBe(JsonValueKind.Null);
        explained.GetProperty("rule").GetString().ShouldBe("engineers-scan-eu");
        var considered = explained.GetProperty("considered").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("matched").GetBoolean());
        considered["engineers-scan-eu"].ShouldBeTrue();
        considered["builtin:engineer"].ShouldBeTrue();
        considered["builtin:admin"].ShouldBeFalse();
    }

    [Fact]
    public async Task a_bad_question_is_refused_and_viewers_may_not_ask()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = node.CreateClient();
        var viewer = await node.CreateClientAsync(Role.Viewer);

        var unknownRole = await admin.PostAsJsonAsync("/api/v1/policies/evaluate", Question("owner", "read", new { type = "asset" }));
        var unknownAction = await admin.PostAsJsonAsync("/api/v1/policies/evaluate", Question("viewer", "launch", new { type = "asset" }));
        var badValue = await admin.PostAsJsonAsync("/api/v1/policies/evaluate", Question("viewer", "read", new { type = 3 }));

        (await PolicyApi.ProblemAsync(unknownRole, HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("invalid_evaluation");
        (await PolicyApi.ProblemAsync(unknownAction, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("action");
        (await PolicyApi.ProblemAsync(badValue, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("resource.type");
        (await viewer.PostAsJsonAsync("/api/v1/policies/evaluate", Question("viewer", "read", new { type = "asset" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> Ask(HttpClient http, object question, string query = "")
    {
        var response = await http.PostAsJsonAsync($"/api/v1/policies/evaluate{query}", question);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
