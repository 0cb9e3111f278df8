using System.Text.Json;
using DataSpine.Grains.Security;
using DataSpine.Silo.Tests.Catalog;
using DataSpine.Silo.Tests.Registry;

namespace DataSpine.Silo.Tests.Policies;

/// <summary>
/// Resource-attribute policies guarding real endpoints of a real node: deletes of production registry subjects
/// and scans of sources outside region eu by engineers are refused with the rule named, the refusal is audited
/// with outcome "denied", and what the policies do not cover keeps working.
/// </summary>
public sealed class PolicyGuardTests
{
    [Fact]
    public async Task registry_deletes_of_production_subjects_are_denied_by_the_rule_that_says_so()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var production = RegistryClient.Unique("prod.orders-value");
        var development = RegistryClient.Unique("dev.orders-value");
        await registry.RegisterAsync(production, RegistryClient.UserV1);
        await registry.RegisterAsync(development, RegistryClient.UserV1);
        await PolicyApi.PutOkAsync(registry.Http, PolicyApi.KeepProductionSubjects);

        var refused = await PolicyApi.ProblemAsync(await registry.DeleteAsync($"/subjects/{production}"), HttpStatusCode.Forbidden);
        var allowed = await registry.DeleteAsync($"/subjects/{development}");

        refused.GetProperty("code").GetString().ShouldBe("forbidden");
        refused.GetProperty("rule").GetString().ShouldBe("keep-production-subjects");
        refused.GetProperty("error_code").GetInt32().ShouldBe(40301);
        refused.GetProperty("detail").GetString()!.ShouldContain("keep-production-subjects");
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK, await allowed.Content.ReadAsStringAsync());
        (await registry.GetAsync($"/subjects/{production}/versions")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var denied = await registry.Http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?target=/registry/subjects/{production}");
        var record = denied.GetProperty("items").EnumerateArray().Single();
        record.GetProperty("outcome").GetString().ShouldBe("denied");
        record.GetProperty("action").GetString().ShouldBe("request.delete");
        record.GetProperty("diff").GetString()!.ShouldContain("keep-production-subjects");
        (await registry.Http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task engineers_scan_sources_in_region_eu_only()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = new CatalogClient(node.CreateClient());
        var engineer = new CatalogClient(await node.CreateClientAsync(Role.Engineer));
        string[] table = ["CREATE TABLE t (id INTEGER)"];
        var eu = await admin.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(table), new { region = "eu" });
        var us = await admin.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(table), new { region = "us" });
        var nowhere = await admin.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync(table));
        await PolicyApi.PutOkAsync(admin.Http, PolicyApi.EngineersScanEu);

        (await engineer.ScanToEndAsync(eu)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var refusedUs = await PolicyApi.ProblemAsync(await engineer.Http.PostAsJsonAsync($"/api/v1/sources/{us}/scans", new { }), HttpStatusCode.Forbidden);
        var refusedNowhere = await PolicyApi.ProblemAsync(await engineer.Http.PostAsJsonAsync($"/api/v1/sources/{nowhere}/scans", new { }), HttpStatusCode.Forbidden);

        refusedUs.GetProperty("rule").GetString().ShouldBe("engineers-scan-eu");
        refusedNowhere.GetProperty("rule").GetString().ShouldBe("engineers-scan-eu", "a source with no region is not in eu");
        (await admin.ScanToEndAsync(us)).GetProperty("status").GetString().ShouldBe("Succeeded", "the rule names engineers only");
        (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{us}")).GetProperty("options").GetProperty("region").GetString().ShouldBe("us");
        var blank = await admin.Http.PostAsJsonAsync("/api/v1/sources", new { name = "blank-region", type = "sqlite", connection = "x.db", options = new { region = " " } });
        (await PolicyApi.ProblemAsync(blank, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("options.region");
    }

    [Fact]
    public async Task a_role_refusal_keeps_its_answer_and_names_the_default_rule()
    {
        await using var node = NodeFactory.Sqlite();
        var viewer = await node.CreateClientAsync(Role.Viewer);

        var refused = await PolicyApi.ProblemAsync(await viewer.DeleteAsync("/api/v1/sources/nothing"), HttpStatusCode.Forbidden);

        refused.GetProperty("code").GetString().ShouldBe("forbidden");
        refused.GetProperty("detail").GetString().ShouldBe("This needs the admin role; the caller has viewer.");
        refused.GetProperty("rule").GetString().ShouldBe("default");
        refused.GetProperty("reason").GetString()!.ShouldContain("'delete'");
    }

    [Fact]
    public async Task a_custom_deny_reaches_admins_too_and_leaves_other_actions_alone()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = node.CreateClient();
        await PolicyApi.PutOkAsync(admin, """
            {"id": "no-term-edits", "effect": "deny", "actions": ["annotate"], "resourceTypes": ["glossary-term"]}
            """);

        var refused = await PolicyApi.ProblemAsync(
            await admin.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "Churn", definition = "Customers lost." }), HttpStatusCode.Forbidden);

        refused.GetProperty("rule").GetString().ShouldBe("no-term-edits");
        (await admin.GetAsync("/api/v1/glossary/terms")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
