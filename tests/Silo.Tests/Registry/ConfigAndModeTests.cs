namespace DataSpine.Silo.Tests.Registry;

public sealed class ConfigAndModeTests
{
    [Fact]
    public async Task global_config_defaults_to_backward_and_can_be_changed()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());

        (await RegistryClient.JsonOf(await registry.GetAsync("/config"))).GetProperty("compatibilityLevel").GetString().ShouldBe("BACKWARD");
        var put = await RegistryClient.JsonOf(await registry.PutAsync("/config", new { compatibility = "full_transitive" }));
        put.GetProperty("compatibility").GetString().ShouldBe("FULL_TRANSITIVE");
        (await RegistryClient.JsonOf(await registry.GetAsync("/config"))).GetProperty("compatibilityLevel").GetString().ShouldBe("FULL_TRANSITIVE");
        await RegistryClient.ShouldFailAsync(await registry.PutAsync("/config", new { compatibility = "SIDEWAYS" }), 42203);
        var whole = await RegistryClient.JsonOf(await registry.PutAsync("/config", new { compatibilityLevel = "FORWARD", normalize = false }));
        whole.GetProperty("compatibility").GetString().ShouldBe("FORWARD");
        whole.TryGetProperty("requested", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task subject_config_overrides_the_global_level_until_deleted()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("cfg");
        await registry.RegisterAsync(subject, RegistryClient.UserV1);

        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/config/{subject}"), 40408);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/config/{subject}?defaultToGlobal=true")))
            .GetProperty("compatibilityLevel").GetString().ShouldBe("BACKWARD");
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserBroken }), 409);

        (await RegistryClient.JsonOf(await registry.PutAsync($"/config/{subject}", new { compatibility = "NONE" })))
            .GetProperty("compatibility").GetString().ShouldBe("NONE");
        (await RegistryClient.JsonOf(await registry.GetAsync($"/config/{subject}"))).GetProperty("compatibilityLevel").GetString().ShouldBe("NONE");
        await registry.RegisterAsync(subject, RegistryClient.UserBroken);
        await RegistryClient.ShouldFailAsync(await registry.PutAsync($"/config/{subject}", new { compatibility = "sometimes" }), 42203);

        (await RegistryClient.JsonOf(await registry.DeleteAsync($"/config/{subject}"))).GetProperty("compatibilityLevel").GetString().ShouldBe("NONE");
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/config/{subject}"), 40401);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/config/{subject}-none"), 40401);
    }

    [Fact]
    public async Task readonly_mode_blocks_writes_and_import_mode_takes_explicit_ids()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("mode");

        (await RegistryClient.JsonOf(await registry.GetAsync("/mode"))).GetProperty("mode").GetString().ShouldBe("READWRITE");
        await RegistryClient.ShouldFailAsync(await registry.PutAsync("/mode", new { mode = "SLEEPY" }), 42204);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/mode/{subject}"), 40409);

        (await RegistryClient.JsonOf(await registry.PutAsync($"/mode/{subject}", new { mode = "READONLY" }))).GetProperty("mode").GetString().ShouldBe("READONLY");
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserV1 }), 42205);
        (await RegistryClient.JsonOf(await registry.DeleteAsync($"/mode/{subject}"))).GetProperty("mode").GetString().ShouldBe("READONLY");

        // An explicit id outside IMPORT mode is refused; inside it, the id is kept.
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserV1, id = 777, version = 5 }), 42205);
        (await RegistryClient.JsonOf(await registry.PutAsync($"/mode/{subject}", new { mode = "import" }))).GetProperty("mode").GetString().ShouldBe("IMPORT");
        var imported = await RegistryClient.JsonOf(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserV1, id = 777, version = 5 }));
        imported.GetProperty("id").GetInt32().ShouldBe(777);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/5"))).GetProperty("id").GetInt32().ShouldBe(777);
        // An id already standing for another schema cannot be overwritten.
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserV2, id = 777, version = 6 }), 42205);

        // Global IMPORT over existing subjects needs force; READONLY globally blocks every subject.
        await RegistryClient.ShouldFailAsync(await registry.PutAsync("/mode", new { mode = "IMPORT" }), 42205);
        await registry.DeleteAsync($"/mode/{subject}");
        (await registry.PutAsync("/mode", new { mode = "READONLY" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserV2 }), 42205);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}"), 42205);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/mode/{subject}?defaultToGlobal=true"))).GetProperty("mode").GetString().ShouldBe("READONLY");
    }
}
