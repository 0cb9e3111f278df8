namespace DataSpine.Silo.Tests.Registry;

public sealed class ErrorTests
{
    [Fact]
    public async Task malformed_schemas_give_42201_with_the_parser_message_and_change_nothing()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("bad");

        var message = await RegistryClient.ShouldFailAsync(
            await registry.PostAsync($"/subjects/{subject}/versions", new { schema = """{"type":"record","name":"R","fields":[{"name":"a","type":"nosuchtype"}]}""" }), 42201);
        message.ShouldContain("nosuchtype");
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = "{not json" }), 42201);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = "message {", schemaType = "PROTOBUF" }), 42201);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = "{}", schemaType = "XML" }), 42201);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schemaType = "AVRO" }), 42201);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions"), 40401);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects?subjectPrefix={subject}&deleted=true"))).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task malformed_json_bodies_are_refused_before_any_grain_is_called()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("json-body");

        await RegistryClient.ShouldFailAsync(await registry.SendRawAsync(HttpMethod.Post, $"/subjects/{subject}/versions", "{\"schema\": "), 400);
        await RegistryClient.ShouldFailAsync(await registry.SendRawAsync(HttpMethod.Post, $"/subjects/{subject}/versions", "{\"schema\": 42}"), 422);
        await RegistryClient.ShouldFailAsync(await registry.SendRawAsync(HttpMethod.Put, "/config", "[1,2"), 400);
        await RegistryClient.ShouldFailAsync(await registry.SendRawAsync(HttpMethod.Post, $"/subjects/{subject}/versions", "{}", "text/plain"), 415);
        var huge = "{\"schema\":\"" + new string('x', 2 << 20) + "\"}";
        await RegistryClient.ShouldFailAsync(await registry.SendRawAsync(HttpMethod.Post, $"/subjects/{subject}/versions", huge), 413);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions"), 40401);
        (await RegistryClient.JsonOf(await registry.GetAsync("/config"))).GetProperty("compatibilityLevel").GetString().ShouldBe("BACKWARD");
    }

    [Fact]
    public async Task every_accepted_content_type_works_and_answers_use_the_v1_type()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("ctype");
        var body = System.Text.Json.JsonSerializer.Serialize(new { schema = RegistryClient.UserV1 });

        foreach (var type in new[] { "application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json", "application/json" })
        {
            var response = await registry.SendRawAsync(HttpMethod.Post, $"/subjects/{subject}/versions", body, type);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe(RegistryClient.ContentType);
        }
    }

    [Fact]
    public async Task not_found_and_invalid_version_errors_use_confluent_codes()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("errors");

        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions"), 40401);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/latest"), 40401);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}"), 40401);
        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/2"), 40402);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/2/schema"), 40402);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/2/referencedby"), 40402);
        foreach (var version in new[] { "0", "-2", "abc", "99999999999" })
        {
            (await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions/{version}"), 42202)).ShouldContain(version);
        }

        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{subject}/versions/0"), 42202);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync("/schemas/ids/987654"), 40403);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync("/schemas/ids/987654/schema"), 40403);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync("/schemas/ids/987654/versions"), 40403);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync("/schemas/ids/987654/subjects"), 40403);
        var id = (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/1"))).GetProperty("id").GetInt32();
        (await registry.GetAsync($"/schemas/ids/{id}?subject={subject}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync("/no/such/path"), 404);
    }
}
