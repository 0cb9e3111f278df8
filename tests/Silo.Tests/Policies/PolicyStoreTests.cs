using System.Text.Json;
using DataSpine.Grains.Security;

namespace DataSpine.Silo.Tests.Policies;

/// <summary>
/// Custom policies through the API on a real node: each PUT is a new version, earlier versions stay readable, the
/// set survives a restart, a bad set is refused whole with the language's error and changes nothing, and the change
/// is in the audit trail.
/// </summary>
public sealed class PolicyStoreTests
{
    [Fact]
    public async Task each_put_is_a_new_version_and_earlier_versions_stay_readable_after_a_restart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dataspine-policies-{Guid.NewGuid():N}.db");
        await using (var node = NodeFactory.Sqlite(file))
        {
            var admin = node.CreateClient();
            var empty = await admin.GetFromJsonAsync<JsonElement>("/api/v1/policies");
            empty.GetProperty("version").GetInt32().ShouldBe(0);
            empty.GetProperty("policies").GetArrayLength().ShouldBe(0);
            empty.GetProperty("builtIn").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldContain("builtin:viewer");

            (await PolicyApi.PutOkAsync(admin, PolicyApi.KeepProductionSubjects)).GetProperty("version").GetInt32().ShouldBe(1);
            var second = await PolicyApi.PutOkAsync(admin, $"[{PolicyApi.KeepProductionSubjects}, {PolicyApi.EngineersScanEu}]");
            second.GetProperty("version").GetInt32().ShouldBe(2);
            second.GetProperty("updatedBy").GetString().ShouldNotBeNullOrEmpty();
        }

        await using var restarted = NodeFactory.Sqlite(file);
        var http = restarted.CreateClient();
        var current = await http.GetFromJsonAsync<JsonElement>("/api/v1/policies");
        current.GetProperty("version").GetInt32().ShouldBe(2);
        current.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldBe(["keep-production-subjects", "engineers-scan-eu"]);
        var first = await http.GetFromJsonAsync<JsonElement>("/api/v1/policies/versions/1");
        first.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldBe(["keep-production-subjects"]);
        first.GetProperty("policies")[0].GetProperty("when")[0].GetProperty("value").GetString().ShouldBe("prod.");
        (await http.GetAsync("/api/v1/policies/versions/3")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var audit = await http.GetFromJsonAsync<JsonElement>("/api/v1/audit?target=policystore/");
        audit.GetProperty("items").GetArrayLength().ShouldBe(2, "each version change of the store is a state write in the trail");
    }

    [Fact]
    public async Task a_bad_set_is_refused_with_the_languages_error_and_changes_nothing()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = node.CreateClient();
        await PolicyApi.PutOkAsync(admin, PolicyApi.KeepProductionSubjects);

        var unknownAction = await PolicyApi.ProblemAsync(
            await PolicyApi.PutAsync(admin, """[{"id": "a", "effect": "allow", "actions": ["launch"]}]"""), HttpStatusCode.BadRequest);
        unknownAction.GetProperty("code").GetString().ShouldBe("policy_unknown_action");
        unknownAction.GetProperty("errors")[0].GetProperty("path").GetString().ShouldBe("$[0].actions[0]");
        (await PolicyApi.ProblemAsync(await PolicyApi.PutAsync(admin, "{\"id\": "), HttpStatusCode.BadRequest))
            .GetProperty("code").GetString().ShouldBe("policy_malformed_json");
        (await PolicyApi.ProblemAsync(await PolicyApi.PutAsync(admin, """{"id": "builtin:viewer", "effect": "deny", "actions": ["read"]}"""), HttpStatusCode.BadRequest))
            .GetProperty("code").GetString().ShouldBe("policy_invalid_value");
        var lockout = await PolicyApi.ProblemAsync(
            await PolicyApi.PutAsync(admin, """{"id": "nobody-admins", "effect": "deny", "actions": ["admin"]}"""), HttpStatusCode.BadRequest);
        lockout.GetProperty("code").GetString().ShouldBe("policy_locks_out");

        var current = await admin.GetFromJsonAsync<JsonElement>("/api/v1/policies");
        current.GetProperty("version").GetInt32().ShouldBe(1);
        current.GetProperty("policies")[0].GetProperty("id").GetString().ShouldBe("keep-production-subjects");
    }

    [Fact]
    public async Task stewards_read_the_set_and_only_admins_replace_it()
    {
        await using var node = NodeFactory.Sqlite();
        var steward = await node.CreateClientAsync(Role.Steward);
        var engineer = await node.CreateClientAsync(Role.Engineer);
        var viewer = await node.CreateClientAsync(Role.Viewer);

        (await steward.GetAsync("/api/v1/policies")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync("/api/v1/policies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = await PolicyApi.ProblemAsync(await PolicyApi.PutAsync(engineer, PolicyApi.KeepProductionSubjects), HttpStatusCode.Forbidden);
        refused.GetProperty("code").GetString().ShouldBe("forbidden");
        refused.GetProperty("rule").GetString().ShouldBe("default");
    }
}
