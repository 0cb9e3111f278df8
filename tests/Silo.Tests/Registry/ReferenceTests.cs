namespace DataSpine.Silo.Tests.Registry;

public sealed class ReferenceTests
{
    [Fact]
    public async Task an_avro_schema_can_reference_another_subject_and_blocks_its_deletion()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var address = RegistryClient.Unique("address");
        var customer = RegistryClient.Unique("customer");
        var addressId = await registry.RegisterAsync(address,
            """{"type":"record","name":"Address","namespace":"shop","fields":[{"name":"city","type":"string"}]}""");

        var customerSchema = """{"type":"record","name":"Customer","namespace":"shop","fields":[{"name":"home","type":"shop.Address"}]}""";
        var reference = new { name = "shop.Address", subject = address, version = 1 };
        var customerId = await registry.RegisterAsync(customer, customerSchema, references: [reference]);

        var byId = await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{customerId}"));
        var stored = byId.GetProperty("references")[0];
        stored.GetProperty("name").GetString().ShouldBe("shop.Address");
        stored.GetProperty("subject").GetString().ShouldBe(address);
        stored.GetProperty("version").GetInt32().ShouldBe(1);
        var referencedBy = await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{address}/versions/1/referencedby"));
        referencedBy.EnumerateArray().Select(i => i.GetInt32()).ShouldBe([customerId]);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{address}/versions/latest/referencedby")))
            .GetArrayLength().ShouldBe(1);

        // The lookup needs the same references to find the same schema.
        (await RegistryClient.JsonOf(await registry.PostAsync($"/subjects/{customer}", new { schema = customerSchema, references = new[] { reference } })))
            .GetProperty("id").GetInt32().ShouldBe(customerId);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{address}"), 42206);
        await RegistryClient.ShouldFailAsync(await registry.DeleteAsync($"/subjects/{address}/versions/1"), 42206);
        addressId.ShouldNotBe(customerId);

        // Once the referencing subject is gone, the referenced one can go too.
        (await registry.DeleteAsync($"/subjects/{customer}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await registry.DeleteAsync($"/subjects/{address}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task two_subjects_referencing_each_other_concurrently_do_not_wait_on_each_other()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var a = RegistryClient.Unique("cycle-a");
        var b = RegistryClient.Unique("cycle-b");
        await registry.RegisterAsync(a, """{"type":"record","name":"A","namespace":"x","fields":[{"name":"f","type":"int"}]}""");
        await registry.RegisterAsync(b, """{"type":"record","name":"B","namespace":"x","fields":[{"name":"g","type":"int"}]}""");
        var aRefersToB = """{"type":"record","name":"A","namespace":"x","fields":[{"name":"f","type":"int"},{"name":"b","type":["null","x.B"],"default":null}]}""";
        var bRefersToA = """{"type":"record","name":"B","namespace":"x","fields":[{"name":"g","type":"int"},{"name":"a","type":["null","x.A"],"default":null}]}""";

        var both = Task.WhenAll(
            registry.RegisterAsync(a, aRefersToB, references: [new { name = "x.B", subject = b, version = 1 }]),
            registry.RegisterAsync(b, bRefersToA, references: [new { name = "x.A", subject = a, version = 1 }]));

        (await both.WaitAsync(TimeSpan.FromSeconds(20))).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task a_missing_reference_is_an_invalid_schema()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("dangling");
        var schema = """{"type":"record","name":"C","fields":[{"name":"a","type":"x.Missing"}]}""";

        await RegistryClient.ShouldFailAsync(
            await registry.PostAsync($"/subjects/{subject}/versions", new { schema, references = new[] { new { name = "x.Missing", subject = "nowhere", version = 1 } } }),
            42201);
        await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema }), 42201);
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions"), 40401);
    }

    [Fact]
    public async Task protobuf_imports_and_json_refs_resolve_through_references()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var common = RegistryClient.Unique("common-proto");
        var order = RegistryClient.Unique("order-proto");
        await registry.RegisterAsync(common, "syntax = \"proto3\";\npackage common;\nmessage Money { int64 cents = 1; }\n", "PROTOBUF");
        var orderSchema = "syntax = \"proto3\";\npackage shop;\nimport \"common/money.proto\";\nmessage Order { common.Money total = 1; }\n";
        var orderId = await registry.RegisterAsync(order, orderSchema, "PROTOBUF", [new { name = "common/money.proto", subject = common, version = 1 }]);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{orderId}"))).GetProperty("schemaType").GetString().ShouldBe("PROTOBUF");

        var point = RegistryClient.Unique("point-json");
        var shape = RegistryClient.Unique("shape-json");
        await registry.RegisterAsync(point, """{"type":"object","properties":{"x":{"type":"number"}}}""", "JSON");
        var shapeId = await registry.RegisterAsync(shape,
            """{"type":"object","properties":{"origin":{"$ref":"point.json"}}}""", "JSON", [new { name = "point.json", subject = point, version = 1 }]);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{point}/versions/1/referencedby"))).EnumerateArray().Single().GetInt32().ShouldBe(shapeId);
    }
}
