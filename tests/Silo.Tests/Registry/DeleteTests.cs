namespace DataSpine.Silo.Tests.Registry;

public sealed class DeleteTests
{
    [Fact]
    public async Task a_subject_is_soft_deleted_then_permanently_deleted()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("del");
        var id = await registry.RegisterAsync(subject, RegistryClient.UserV1);
        await registry.RegisterAsync(subject, RegistryClient.UserV2);

        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}?permanent=true"), 40405);
        var deleted = await RegistryClient.JsonOf(await registry.DeleteAsync($"/subjects/{subject}"));
        deleted.EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1, 2]);

        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions"), 40401);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/1"), 40401);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}"), 40404);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects?subjectPrefix={subject}"))).GetArrayLength().ShouldBe(0);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects?subjectPrefix={subject}&deleted=true"))).GetArrayLength().ShouldBe(1);
        (await registry.GetAsync($"/subjects/{subject}/versions/1?deleted=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RegistryClient.JsonOf(await registry.PostAsync($"/subjects/{subject}?deleted=true", new { schema = RegistryClient.UserV1 })))
            .GetProperty("id").GetInt32().ShouldBe(id);
        // Consumers still read data written with a soft-deleted schema.
        (await registry.GetAsync($"/schemas/ids/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var purged = await RegistryClient.JsonOf(await registry.DeleteAsync($"/subjects/{subject}?permanent=true"));
        purged.EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1, 2]);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions?deleted=true"), 40401);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/schemas/ids/{id}"), 40403);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects?subjectPrefix={subject}&deleted=true"))).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task a_version_is_soft_deleted_then_permanently_deleted_and_numbering_continues()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("delv");
        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        await registry.RegisterAsync(subject, RegistryClient.UserV2);

        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}/versions/2?permanent=true"), 40407);
        (await RegistryClient.JsonOf(await registry.DeleteAsync($"/subjects/{subject}/versions/2"))).GetInt32().ShouldBe(2);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}/versions/2"), 40406);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/2"), 40402);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/latest"))).GetProperty("version").GetInt32().ShouldBe(1);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions?deleted=true")))
            .EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1, 2]);

        // Registering the soft-deleted schema again makes a new version, with the same id.
        await registry.RegisterAsync(subject, RegistryClient.UserV2);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions"))).EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1, 3]);

        (await RegistryClient.JsonOf(await registry.DeleteAsync($"/subjects/{subject}/versions/2?permanent=true"))).GetInt32().ShouldBe(2);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/2?deleted=true"), 40402);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}/versions/9"), 40402);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}-none/versions/1"), 40401);
    }
}
