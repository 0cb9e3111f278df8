namespace DataSpine.Silo.Tests.Registry;

public sealed class DurabilityTests
{
    [Fact]
    public async Task a_restarted_node_over_the_same_sqlite_file_keeps_ids_versions_and_config()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"dataspine-registry-{Guid.NewGuid():N}.db")}",
        };
        var subject = RegistryClient.Unique("durable");
        int id1, id2;
        await using (var first = new NodeFactory(settings))
        {
            var registry = new RegistryClient(first.CreateClient());
            id1 = await registry.RegisterAsync(subject, RegistryClient.UserV1);
            id2 = await registry.RegisterAsync(subject, RegistryClient.UserV2);
            await registry.PutAsync($"/config/{subject}", new { compatibility = "FULL" });
            await registry.DeleteAsync($"/subjects/{subject}/versions/1");
        }

        await using var second = new NodeFactory(settings);
        var again = new RegistryClient(second.CreateClient());
        (await RegistryClient.JsonOf(await again.GetAsync($"/schemas/ids/{id1}"))).GetProperty("schema").GetString().ShouldBe(RegistryClient.UserV1);
        (await RegistryClient.JsonOf(await again.GetAsync($"/subjects/{subject}/versions/latest"))).GetProperty("id").GetInt32().ShouldBe(id2);
        (await RegistryClient.JsonOf(await again.GetAsync($"/subjects/{subject}/versions"))).EnumerateArray().Select(v => v.GetInt32()).ShouldBe([2]);
        (await RegistryClient.JsonOf(await again.GetAsync($"/config/{subject}"))).GetProperty("compatibilityLevel").GetString().ShouldBe("FULL");
        (await RegistryClient.JsonOf(await again.GetAsync($"/subjects?subjectPrefix={subject}"))).GetArrayLength().ShouldBe(1);
        // The same schema keeps its id, and a new one gets a fresh id.
        (await again.RegisterAsync(subject, RegistryClient.UserV2)).ShouldBe(id2);
        var id3 = await again.RegisterAsync(RegistryClient.Unique("other"), """{"type":"record","name":"Other","fields":[]}""");
        id3.ShouldNotBe(id1);
        id3.ShouldNotBe(id2);
    }

    [Fact]
    public async Task registry_state_lives_in_postgres_too()
    {
        await using var node = NodeFactory.Postgres();
        var registry = new RegistryClient(node.CreateClient());
        var a = RegistryClient.Unique("pg-a");
        var b = RegistryClient.Unique("pg-b");
        var schema = $$"""{"type":"record","name":"R{{Guid.NewGuid():N}}","fields":[{"name":"x","type":"int"}]}""";

        var id = await registry.RegisterAsync(a, schema);
        (await registry.RegisterAsync(b, schema)).ShouldBe(id);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{id}"))).GetProperty("schema").GetString().ShouldBe(schema);
        (await RegistryClient.JsonOf(await registry.DeleteAsync($"/subjects/{a}"))).EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1]);
        (await registry.DeleteAsync($"/subjects/{a}?permanent=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await registry.DeleteAsync($"/subjects/{b}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await registry.DeleteAsync($"/subjects/{b}?permanent=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
