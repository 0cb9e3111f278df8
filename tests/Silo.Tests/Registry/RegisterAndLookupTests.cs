using System.Text.Json;

namespace DataSpine.Silo.Tests.Registry;

public sealed class RegisterAndLookupTests
{
    [Fact]
    public async Task register_returns_an_id_and_the_same_schema_again_returns_the_same_id()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("users-value");

        var response = await registry.PostAsync($"/subjects/{subject}/versions", new { schema = RegistryClient.UserV1 });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(RegistryClient.ContentType);
        response.Headers.GetValues("Server-Timing").Single().ShouldStartWith("register;dur=");
        var id = (await RegistryClient.JsonOf(response)).GetProperty("id").GetInt32();

        // Whitespace and attribute order do not make a new schema.
        var reformatted = """{ "namespace": "test", "name": "User", "type": "record", "fields": [ {"type": "long", "name": "id"} ] }""";
        (await registry.RegisterAsync(subject, reformatted)).ShouldBe(id);
        var versions = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions"));
        versions.EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1]);
    }

    [Fact]
    public async Task the_same_schema_under_two_subjects_gets_one_id_and_both_are_listed_for_it()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var a = RegistryClient.Unique("a");
        var b = RegistryClient.Unique("b");

        var id = await registry.RegisterAsync(a, RegistryClient.UserV1);
        (await registry.RegisterAsync(b, RegistryClient.UserV1)).ShouldBe(id);
        (await registry.RegisterAsync(b, RegistryClient.UserV2)).ShouldNotBe(id);

        var subjects = await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{id}/subjects"));
        subjects.EnumerateArray().Select(s => s.GetString()).Order().ShouldBe(new[] { a, b }.Order());
        var pairs = await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{id}/versions"));
        pairs.EnumerateArray().Select(p => $"{p.GetProperty("subject").GetString()}:{p.GetProperty("version").GetInt32()}")
            .Order().ShouldBe(new[] { $"{a}:1", $"{b}:1" }.Order());
    }

    [Fact]
    public async Task concurrent_registrations_of_one_schema_under_many_subjects_share_one_id()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var prefix = RegistryClient.Unique("parallel");

        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => registry.RegisterAsync($"{prefix}-{i}", RegistryClient.UserV1)));

        ids.Distinct().Count().ShouldBe(1);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{ids[0]}/subjects"))).GetArrayLength().ShouldBe(12);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects?subjectPrefix={prefix}"))).GetArrayLength().ShouldBe(12);
        (await registry.GetAsync("")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task get_by_id_version_and_latest_answer_in_confluent_shape()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("orders-value");
        var id1 = await registry.RegisterAsync(subject, RegistryClient.UserV1);
        var id2 = await registry.RegisterAsync(subject, RegistryClient.UserV2);

        var byId = await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{id1}"));
        byId.GetProperty("schema").GetString().ShouldBe(RegistryClient.UserV1);
        byId.TryGetProperty("schemaType", out _).ShouldBeFalse("Confluent leaves schemaType out for AVRO");
        (await (await registry.GetAsync($"/schemas/ids/{id1}/schema")).Content.ReadAsStringAsync()).ShouldBe(RegistryClient.UserV1);
        (await registry.GetAsync($"/schemas/ids/{id1}?subject={subject}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var latest = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/latest"));
        latest.GetProperty("subject").GetString().ShouldBe(subject);
        latest.GetProperty("version").GetInt32().ShouldBe(2);
        latest.GetProperty("id").GetInt32().ShouldBe(id2);
        latest.GetProperty("schema").GetString().ShouldBe(RegistryClient.UserV2);
        var first = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/1"));
        first.GetProperty("id").GetInt32().ShouldBe(id1);
        (await (await registry.GetAsync($"/subjects/{subject}/versions/-1/schema")).Content.ReadAsStringAsync()).ShouldBe(RegistryClient.UserV2);

        var subjects = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects?subjectPrefix={subject}"));
        subjects.EnumerateArray().Select(s => s.GetString()).ShouldBe([subject]);
        var schemas = await RegistryClient.JsonOf(await registry.GetAsync($"/schemas?subjectPrefix={subject}&latestOnly=true"));
        schemas.EnumerateArray().Select(s => s.GetProperty("version").GetInt32()).ShouldBe([2]);
        var types = await RegistryClient.JsonOf(await registry.GetAsync("/schemas/types"));
        types.EnumerateArray().Select(t => t.GetString()).ShouldBe(["JSON", "PROTOBUF", "AVRO"]);
    }

    [Fact]
    public async Task lookup_finds_the_version_of_an_equal_schema_and_reports_unknown_ones()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("lookup");
        var id = await registry.RegisterAsync(subject, RegistryClient.UserV1);

        var found = await RegistryClient.JsonOf(await registry.PostAsync($"/subjects/{subject}", new { schema = RegistryClient.UserV1 }));
        found.GetProperty("id").GetInt32().ShouldBe(id);
        found.GetProperty("version").GetInt32().ShouldBe(1);
        found.GetProperty("subject").GetString().ShouldBe(subject);

        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}", new { schema = RegistryClient.UserV2 }), 40403);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}-nope", new { schema = RegistryClient.UserV1 }), 40401);
    }

    [Fact]
    public async Task json_and_protobuf_schemas_register_with_their_type()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var json = RegistryClient.Unique("json");
        var proto = RegistryClient.Unique("proto");

        var jsonId = await registry.RegisterAsync(json, """{"type":"object","properties":{"a":{"type":"string"}}}""", "JSON");
        var protoId = await registry.RegisterAsync(proto, "syntax = \"proto3\";\npackage t;\nmessage M { string a = 1; }\n", "PROTOBUF");

        (await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{jsonId}"))).GetProperty("schemaType").GetString().ShouldBe("JSON");
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{proto}/versions/1"))).GetProperty("schemaType").GetString().ShouldBe("PROTOBUF");
        protoId.ShouldNotBe(jsonId);
    }

    [Fact]
    public async Task normalize_stores_the_canonical_form()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("normalized");
        var spaced = """{ "type" : "record", "name" : "N", "fields" : [ { "name" : "x", "type" : "int" } ] }""";

        var response = await registry.PostAsync($"/subjects/{subject}/versions?normalize=true", new { schema = spaced });
        var id = (await RegistryClient.JsonOf(response)).GetProperty("id").GetInt32();

        var stored = (await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{id}"))).GetProperty("schema").GetString()!;
        stored.ShouldNotContain(" ");
        JsonDocument.Parse(stored).RootElement.GetProperty("name").GetString().ShouldBe("N");
    }
}
