namespace DataSpine.Silo.Tests.Registry;

public sealed class CompatibilityTests
{
    [Fact]
    public async Task an_incompatible_schema_is_refused_with_409_and_nothing_changes()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("compat");
        await registry.RegisterAsync(subject, RegistryClient.UserV1);

        var message = await RegistryClient.ShouldFailAsync(
            await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserBroken }), 409);
        message.ShouldContain("incompatible with an earlier schema");
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions"))).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task compatibility_checks_answer_is_compatible_with_reasons_when_verbose()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("check");
        await registry.RegisterAsync(subject, RegistryClient.UserV1);

        var good = await registry.PostAsync($"/compatibility/subjects/{subject}/versions/latest", new { schema = RegistryClient.UserV2 });
        good.Headers.GetValues("Server-Timing").Single().ShouldStartWith("compatibility;dur=");
        var goodBody = await RegistryClient.JsonOf(good);
        goodBody.GetProperty("is_compatible").GetBoolean().ShouldBeTrue();
        goodBody.TryGetProperty("messages", out _).ShouldBeFalse();
        var goodVerbose = await RegistryClient.JsonOf(
            await registry.PostAsync($"/compatibility/subjects/{subject}/versions/latest?verbose=true", new { schema = RegistryClient.UserV2 }));
        goodVerbose.GetProperty("messages").GetArrayLength().ShouldBe(0);

        var quiet = await RegistryClient.JsonOf(await registry.PostAsync($"/compatibility/subjects/{subject}/versions/1", new { schema = RegistryClient.UserBroken }));
        quiet.GetProperty("is_compatible").GetBoolean().ShouldBeFalse();
        quiet.TryGetProperty("messages", out _).ShouldBeFalse();

        var verbose = await RegistryClient.JsonOf(await registry.PostAsync($"/compatibility/subjects/{subject}/versions?verbose=true", new { schema = RegistryClient.UserBroken }));
        verbose.GetProperty("is_compatible").GetBoolean().ShouldBeFalse();
        var messages = verbose.GetProperty("messages").EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.ShouldContain(m => m.Contains("oldSchemaVersion: 1"));
        messages.ShouldContain(m => m.Contains("BACKWARD"));
    }

    [Fact]
    public async Task compatibility_errors_use_confluent_codes()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("check-errors");

        // No versions yet: everything (and "latest") is compatible with nothing, but a numbered version does not exist.
        (await RegistryClient.JsonOf(await registry.PostAsync($"/compatibility/subjects/{subject}/versions", new { schema = RegistryClient.UserV1 })))
            .GetProperty("is_compatible").GetBoolean().ShouldBeTrue();
        (await RegistryClient.JsonOf(await registry.PostAsync($"/compatibility/subjects/{subject}/versions/latest", new { schema = RegistryClient.UserV1 })))
            .GetProperty("is_compatible").GetBoolean().ShouldBeTrue();
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/compatibility/subjects/{subject}/versions/1", new { schema = RegistryClient.UserV1 }), 40402);
        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/compatibility/subjects/{subject}/versions/7", new { schema = RegistryClient.UserV1 }), 40402);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/compatibility/subjects/{subject}/versions/zero", new { schema = RegistryClient.UserV1 }), 42202);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/compatibility/subjects/{subject}/versions/latest", new { schema = "{\"type\":\"nope\"}" }), 42201);
        var verbose = await RegistryClient.JsonOf(
            await registry.PostAsync($"/compatibility/subjects/{subject}/versions/latest?verbose=true", new { schema = "{\"type\":\"nope\"}" }));
        verbose.GetProperty("is_compatible").GetBoolean().ShouldBeFalse();
        verbose.GetProperty("messages").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task transitive_levels_check_every_version()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("transitive");
        await registry.PutAsync($"/config/{subject}", new { compatibility = "NONE" });
        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        var withAge = """{"type":"record","name":"User","namespace":"test","fields":[{"name":"age","type":"int","default":0}]}""";
        await registry.RegisterAsync(subject, withAge);
        // Readable from v2 data (age is there) but not from v1 data (age has no default there).
        var needsAge = """{"type":"record","name":"User","namespace":"test","fields":[{"name":"age","type":"int"}]}""";

        await registry.PutAsync($"/config/{subject}", new { compatibility = "BACKWARD" });
        (await RegistryClient.JsonOf(await registry.PostAsync($"/compatibility/subjects/{subject}/versions", new { schema = needsAge })))
            .GetProperty("is_compatible").GetBoolean().ShouldBeTrue();
        await registry.PutAsync($"/config/{subject}", new { compatibility = "BACKWARD_TRANSITIVE" });
        var transitive = await RegistryClient.JsonOf(await registry.PostAsync($"/compatibility/subjects/{subject}/versions?verbose=true", new { schema = needsAge }));
        transitive.GetProperty("is_compatible").GetBoolean().ShouldBeFalse();
        transitive.GetProperty("messages").EnumerateArray().ShouldContain(m => m.GetString()!.Contains("oldSchemaVersion: 1"));
    }

    [Fact]
    public async Task a_remembered_verdict_is_not_reused_once_a_version_number_holds_another_schema()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("verdict");
        const string StringId = """{"type":"record","name":"User","namespace":"test","fields":[{"name":"id","type":"string"}]}""";
        (await registry.PutAsync($"/mode/{subject}", new { mode = "IMPORT" })).EnsureSuccessStatusCode();
        (await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserV1, id = 901, version = 1 })).EnsureSuccessStatusCode();
        var check = $"/compatibility/subjects/{subject}/versions?verbose=true";
        (await RegistryClient.JsonOf(await registry.PostAsync(check, new { schema = RegistryClient.UserV2 })))
            .GetProperty("is_compatible").GetBoolean().ShouldBeTrue();

        // Same level, candidate, number of versions and latest version number: only the schema differs.
        (await registry.DeleteAsync($"/subjects/{subject}/versions/1")).EnsureSuccessStatusCode();
        (await registry.DeleteAsync($"/subjects/{subject}/versions/1?permanent=true")).EnsureSuccessStatusCode();
        (await registry.PostAsync($"/subjects/{subject}/versions", new { schema = StringId, id = 902, version = 1 })).EnsureSuccessStatusCode();

        var again = await RegistryClient.JsonOf(await registry.PostAsync(check, new { schema = RegistryClient.UserV2 }));
        again.GetProperty("is_compatible").GetBoolean().ShouldBeFalse(again.ToString());
        again.GetProperty("messages")[0].GetString()!.ShouldContain("TYPE_MISMATCH");
    }
}
