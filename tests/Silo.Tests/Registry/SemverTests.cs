namespace DataSpine.Silo.Tests.Registry;

public sealed class SemverTests
{
    private static async Task<string> SemverAsync(RegistryClient registry, string subject, int version) =>
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/{version}")))
            .GetProperty("metadata").GetProperty("properties").GetProperty("dataspine.semver").GetString()!;

    [Fact]
    public async Task versions_get_major_minor_and_patch_semvers_from_the_kind_of_change()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("semver");
        var documented = RegistryClient.UserV2.Replace("\"name\":\"email\",", "\"name\":\"email\",\"doc\":\"Where to write\",", StringComparison.Ordinal);

        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        await registry.RegisterAsync(subject, RegistryClient.UserV2);
        await registry.RegisterAsync(subject, documented);
        await registry.PutAsync($"/config/{subject}", new { compatibility = "NONE" });
        await registry.RegisterAsync(subject, RegistryClient.UserBroken);

        (await SemverAsync(registry, subject, 1)).ShouldBe("1.0.0");
        (await SemverAsync(registry, subject, 2)).ShouldBe("1.1.0");
        (await SemverAsync(registry, subject, 3)).ShouldBe("1.1.1");
        (await SemverAsync(registry, subject, 4)).ShouldBe("2.0.0");
    }

    [Fact]
    public async Task a_minor_contract_refuses_a_major_change_even_under_none()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("contract");
        await registry.PutAsync($"/config/{subject}", new { compatibility = "NONE" });
        (await RegistryClient.JsonOf(await registry.GetAsync($"/contract/{subject}"))).GetProperty("level").GetString().ShouldBe("major");
        (await RegistryClient.JsonOf(await registry.PutAsync($"/contract/{subject}", new { level = "Minor" }))).GetProperty("level").GetString().ShouldBe("minor");
        await RegistryClient.ShouldFailAsync(await registry.PutAsync($"/contract/{subject}", new { level = "huge" }), 42291);

        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        await registry.RegisterAsync(subject, RegistryClient.UserV2);
        (await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserBroken }), 409))
            .ShouldContain("major change");
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions"))).GetArrayLength().ShouldBe(2);
    }
}
