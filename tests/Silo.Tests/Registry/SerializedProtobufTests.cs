namespace DataSpine.Silo.Tests.Registry;

/// <summary>Confluent's Protobuf serializers register a base64 FileDescriptorProto; the registry accepts it like .proto text.</summary>
public sealed class SerializedProtobufTests(SerializedProtobufTests.Node node) : IClassFixture<SerializedProtobufTests.Node>
{
    /// <summary>One in-process node for the class: every test works under subjects of its own.</summary>
    public sealed class Node : IAsyncDisposable
    {
        public NodeFactory Factory { get; } = NodeFactory.Sqlite();

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    [Fact]
    public async Task a_serialized_descriptor_is_stored_as_proto_text_and_served_back_serialized()
    {
        var registry = new RegistryClient(node.Factory.CreateClient());
        var subject = RegistryClient.Unique("orders-value");
        var serialized = Descriptors.Base64(Descriptors.Order());

        var id = await registry.RegisterAsync(subject, serialized, "PROTOBUF");

        var stored = await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{id}"));
        var text = stored.GetProperty("schema").GetString()!;
        text.ShouldContain("package shop;");
        text.ShouldContain("map<string, string> tags = 4;");
        text.ShouldContain("optional string note = 5;");
        text.ShouldContain("repeated .shop.Order.Line lines = 3;");
        text.ShouldContain("option java_package = \"com.example.shop\";");
        text.ShouldNotContain("TagsEntry");

        // The same schema as text, or serialized again, is the same schema: same id, found by lookup.
        (await registry.RegisterAsync(subject, text, "PROTOBUF")).ShouldBe(id);
        (await registry.RegisterAsync(subject, serialized, "PROTOBUF")).ShouldBe(id);
        var lookup = await registry.PostAsync($"/subjects/{subject}", new { schema = serialized, schemaType = "PROTOBUF" });
        (await RegistryClient.JsonOf(lookup)).GetProperty("version").GetInt32().ShouldBe(1);

        foreach (var path in new[] { $"/schemas/ids/{id}?format=serialized", $"/subjects/{subject}/versions/1?format=serialized" })
        {
            var body = await RegistryClient.JsonOf(await registry.GetAsync(path));
            AssertOrderDescriptor(Descriptors.Parse(body.GetProperty("schema").GetString()!));
        }

        foreach (var path in new[] { $"/schemas/ids/{id}/schema?format=serialized", $"/subjects/{subject}/versions/latest/schema?format=serialized" })
        {
            AssertOrderDescriptor(Descriptors.Parse(await (await registry.GetAsync(path)).Content.ReadAsStringAsync()));
        }

        // Without the parameter the stored text comes back.
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/1"))).GetProperty("schema").GetString().ShouldBe(text);
    }

    [Fact]
    public async Task compatibility_checks_take_serialized_descriptors_and_bad_base64_is_an_invalid_schema()
    {
        var registry = new RegistryClient(node.Factory.CreateClient());
        var subject = RegistryClient.Unique("orders-value");
        await registry.RegisterAsync(subject, Descriptors.Base64(Descriptors.Order()), "PROTOBUF");

        var added = await registry.PostAsync($"/compatibility/subjects/{subject}/versions/latest",
            new { schema = Descriptors.Base64(Descriptors.Order(withCoupon: true)), schemaType = "PROTOBUF" });
        (await RegistryClient.JsonOf(added)).GetProperty("is_compatible").GetBoolean().ShouldBeTrue();

        // Base64 that is no descriptor: Confluent's 42201, and nothing registered.
        var garbage = await registry.PostAsync($"/subjects/{subject}/versions", new { schema = "bm90IGEgZGVzY3JpcHRvcg==", schemaType = "PROTOBUF" });
        garbage.StatusCode.ShouldBe((HttpStatusCode)422);
        (await RegistryClient.JsonOf(garbage)).GetProperty("error_code").GetInt32().ShouldBe(42201);
        var versions = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions"));
        versions.EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1]);
    }

    [Fact]
    public async Task contexts_and_latest_with_metadata_answer_as_confluent_does()
    {
        var registry = new RegistryClient(node.Factory.CreateClient());
        var subject = RegistryClient.Unique("users-value");

        (await RegistryClient.JsonOf(await registry.GetAsync("/contexts"))).EnumerateArray().Select(c => c.GetString()).ShouldBe(["."]);

        var missing = await registry.GetAsync($"/subjects/{subject}/metadata");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RegistryClient.JsonOf(missing)).GetProperty("error_code").GetInt32().ShouldBe(40401);

        var v1 = await registry.RegisterAsync(subject, RegistryClient.UserV1);
        var v2 = await registry.RegisterAsync(subject, RegistryClient.UserV2);
        var semver1 = (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions/1")))
            .GetProperty("metadata").GetProperty("properties").GetProperty("dataspine.semver").GetString();

        var latest = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/metadata"));
        latest.GetProperty("id").GetInt32().ShouldBe(v2);
        latest.GetProperty("version").GetInt32().ShouldBe(2);

        var first = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/metadata?key=dataspine.semver&value={semver1}"));
        first.GetProperty("id").GetInt32().ShouldBe(v1);
        first.GetProperty("version").GetInt32().ShouldBe(1);
        first.GetProperty("schema").GetString().ShouldBe(RegistryClient.UserV1);

        var none = await registry.GetAsync($"/subjects/{subject}/metadata?key=owner&value=nobody");
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RegistryClient.JsonOf(none)).GetProperty("error_code").GetInt32().ShouldBe(40403);
    }

    private static void AssertOrderDescriptor(Google.Protobuf.Reflection.FileDescriptorProto file)
    {
        file.Package.ShouldBe("shop");
        file.Syntax.ShouldBe("proto3");
        var order = file.MessageType.Single();
        order.Name.ShouldBe("Order");
        order.Field.Select(f => (f.Name, f.Number)).ShouldBe([("id", 1), ("email", 2), ("lines", 3), ("tags", 4), ("note", 5), ("status", 6)]);
        order.Field.Single(f => f.Name == "lines").TypeName.ShouldBe(".shop.Order.Line");
        order.Field.Single(f => f.Name == "note").Proto3Optional.ShouldBeTrue();
        order.NestedType.Single(n => n.Name == "TagsEntry").Options.MapEntry.ShouldBeTrue();
        file.EnumType.Single().Value.Select(v => v.Name).ShouldBe(["STATUS_UNKNOWN", "STATUS_PAID"]);
        file.Options.JavaPackage.ShouldBe("com.example.shop");
    }
}
