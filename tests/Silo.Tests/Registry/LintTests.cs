namespace DataSpine.Silo.Tests.Registry;

public sealed class LintTests
{
    /// <summary>Two fields that look like PII (emailAddress, Home.ipAddress), untagged; also used by the CLI tests.</summary>
    internal const string Customer = """
        {"type":"record","name":"Customer","namespace":"crm","fields":[
          {"name":"id","type":"long"},
          {"name":"emailAddress","type":"string"},
          {"name":"zip","type":"int"},
          {"name":"home","type":{"type":"record","name":"Home","fields":[{"name":"ipAddress","type":["null","string"],"default":null}]}}
        ]}
        """;

    private const string TaggedCustomer = """
        {"type":"record","name":"Customer","namespace":"crm","fields":[
          {"name":"id","type":"long"},
          {"name":"emailAddress","type":"string","pii":true,"doc":"Contact address. retain=365d"},
          {"name":"zip","type":"int"},
          {"name":"home","type":{"type":"record","name":"Home","fields":[{"name":"ipAddress","type":["null","string"],"default":null,"confluent:tags":["PII"],"retain":"30d"}]}}
        ]}
        """;

    [Fact]
    public async Task the_dry_run_lists_every_violation_with_its_path_as_warnings_by_default()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("lint");

        var report = await RegistryClient.JsonOf(await registry.PostAsync($"/lint/subjects/{subject}", new { schema = Customer }));

        report.GetProperty("passed").GetBoolean().ShouldBeTrue();
        report.GetProperty("errors").GetArrayLength().ShouldBe(0);
        var warnings = report.GetProperty("warnings").EnumerateArray()
            .Select(w => $"{w.GetProperty("rule").GetString()} {w.GetProperty("path").GetString()}").ToList();
        warnings.ShouldBe(["pii-tag Customer.emailAddress", "retention-hint Customer.emailAddress", "pii-tag Home.ipAddress", "retention-hint Home.ipAddress"], ignoreOrder: true);
        // Warnings do not block: a default subject takes the schema.
        await registry.RegisterAsync(subject, Customer);
    }

    [Fact]
    public async Task error_severity_blocks_registration_with_42201_until_the_fields_are_tagged()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("lint-gate");
        var policy = await RegistryClient.JsonOf(await registry.PutAsync($"/lint/config/{subject}", new { pii = "ERROR", retention = "off" }));
        policy.GetProperty("pii").GetString().ShouldBe("error");

        var message = await RegistryClient.ShouldFailAsync(await registry.PostAsync($"/subjects/{subject}/versions", new { schema = Customer }), 42201);
        message.ShouldContain("Customer.emailAddress");
        message.ShouldContain("Home.ipAddress");
        await RegistryClient.ShouldFailAsync(await registry.GetAsync($"/subjects/{subject}/versions"), 40401);

        var clean = await RegistryClient.JsonOf(await registry.PostAsync($"/lint/subjects/{subject}", new { schema = TaggedCustomer }));
        clean.GetProperty("passed").GetBoolean().ShouldBeTrue();
        clean.GetProperty("warnings").GetArrayLength().ShouldBe(0);
        await registry.RegisterAsync(subject, TaggedCustomer);
        await RegistryClient.ShouldFailAsync(await registry.PutAsync($"/lint/config/{subject}", new { pii = "loud" }), 42290);
        (await RegistryClient.JsonOf(await registry.GetAsync($"/lint/config/{subject}"))).GetProperty("retention").GetString().ShouldBe("off");
    }

    [Fact]
    public async Task json_schema_and_protobuf_fields_are_linted_with_their_own_tags()
    {
        await using var node = NodeFactory.Sqlite();
        var registry = new RegistryClient(node.CreateClient());
        var subject = RegistryClient.Unique("lint-formats");
        await registry.PutAsync($"/lint/config/{subject}", new { pii = "error", retention = "error" });

        var json = """{"type":"object","properties":{"phone":{"type":"string"},"user":{"type":"object","properties":{"birthDate":{"type":"string","x-pii":true,"x-retain":"P1Y"}}}}}""";
        var jsonReport = await RegistryClient.JsonOf(await registry.PostAsync($"/lint/subjects/{subject}", new { schema = json, schemaType = "JSON" }));
        jsonReport.GetProperty("passed").GetBoolean().ShouldBeFalse();
        jsonReport.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Distinct().ShouldBe(["$.phone"]);

        var proto = """
            syntax = "proto3";
            package crm;
            message Person {
              string full_name = 1; // [pii] retain=90d
              // [pii]
              string iban = 2 [(dataspine.retain) = "7y"];
              string card_number = 3;
              int64 id = 4;
            }
            """;
        var protoReport = await RegistryClient.JsonOf(await registry.PostAsync($"/lint/subjects/{subject}", new { schema = proto, schemaType = "PROTOBUF" }));
        protoReport.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("rule").GetString()} {e.GetProperty("path").GetString()}")
            .ShouldBe(["pii-tag crm.Person.card_number", "retention-hint crm.Person.card_number"], ignoreOrder: true);
    }
}
