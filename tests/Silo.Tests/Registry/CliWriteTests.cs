using DataSpine.Cli;

namespace DataSpine.Silo.Tests.Registry;

/// <summary><c>dataspine registry publish|validate</c> against a node in process.</summary>
public sealed class CliWriteTests
{
    [Fact]
    public async Task publish_registers_and_prints_id_and_version_and_the_same_file_again_gives_the_same()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var cli = new CliRun(http);
        var subject = RegistryClient.Unique("cli-publish");

        var first = await cli.RunAsync("publish", subject, cli.File("user-v1.avsc", RegistryClient.UserV1));
        var second = await cli.RunAsync("publish", subject, cli.File("user-v2.avsc", RegistryClient.UserV2), "--url", "http://ignored");
        var again = await cli.RunAsync("publish", subject, cli.File("user-v1-again.avsc", RegistryClient.UserV1));

        first.Exit.ShouldBe(ExitCodes.Success, first.ToString());
        second.Exit.ShouldBe(ExitCodes.Success, second.ToString());
        var stored = await RegistryClient.JsonOf(await new RegistryClient(http).GetAsync($"/subjects/{subject}/versions/2"));
        first.Lines.ShouldBe([$"subject: {subject}", $"id: {IdOf(first)}", "version: 1"]);
        second.Lines.ShouldBe([$"subject: {subject}", $"id: {stored.GetProperty("id").GetInt32()}", "version: 2"]);
        again.Lines.ShouldBe(first.Lines);
    }

    [Theory]
    [InlineData("order.json", null, """{"type":"object","properties":{"id":{"type":"integer"}}}""", "JSON")]
    [InlineData("order.proto", null, "syntax = \"proto3\";\npackage shop;\nmessage Order { int64 id = 1; }\n", "PROTOBUF")]
    [InlineData("order.avsc", null, """{"type":"record","name":"Order","fields":[{"name":"id","type":"long"}]}""", "AVRO")]
    [InlineData("order.schema", "avro", """{"type":"record","name":"Order","fields":[{"name":"id","type":"long"}]}""", "AVRO")]
    [InlineData("order.txt", "Json", """{"type":"object"}""", "JSON")]
    public async Task publish_takes_the_schema_type_from_the_extension_or_type(string file, string? type, string schema, string expected)
    {
        await using var node = NodeFactory.Sqlite();
        var cli = new CliRun(node.CreateClient());
        var subject = RegistryClient.Unique("cli-type");
        string[] typeArgs = type is null ? [] : ["--type", type];

        var published = await cli.RunAsync(["publish", subject, cli.File(file, schema), .. typeArgs]);
        var latest = await cli.RunAsync("latest", subject);

        published.Exit.ShouldBe(ExitCodes.Success, published.ToString());
        latest.Lines.ShouldContain($"type: {expected}", latest.ToString());
    }

    [Fact]
    public async Task publish_refusals_exit_1_with_the_registry_error_code_and_message_and_change_nothing()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var cli = new CliRun(http);
        var subject = RegistryClient.Unique("cli-refused");
        (await cli.RunAsync("publish", subject, cli.File("v1.avsc", RegistryClient.UserV1))).Exit.ShouldBe(ExitCodes.Success);

        var malformed = await cli.RunAsync("publish", subject, cli.File("broken.avsc", """{"type":"record","name":"User","fields":"""));
        var incompatible = await cli.RunAsync("publish", subject, cli.File("age.avsc", RegistryClient.UserBroken));

        malformed.Exit.ShouldBe(ExitCodes.Failure, malformed.ToString());
        malformed.Error.ShouldStartWith("error 42201: Invalid schema");
        malformed.Output.ShouldBeEmpty();
        incompatible.Exit.ShouldBe(ExitCodes.Failure, incompatible.ToString());
        incompatible.Error.ShouldStartWith($"error 409: Schema being registered is incompatible with an earlier schema for subject \"{subject}\"");
        incompatible.Error.ShouldContain("READER_FIELD_MISSING_DEFAULT_VALUE");
        (await RegistryClient.JsonOf(await new RegistryClient(http).GetAsync($"/subjects/{subject}/versions"))).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task publish_passes_references_to_other_subjects()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var registry = new RegistryClient(http);
        var cli = new CliRun(http);
        var address = RegistryClient.Unique("cli-address");
        var customer = RegistryClient.Unique("cli-customer");
        await registry.RegisterAsync(address, """{"type":"record","name":"Address","namespace":"shop","fields":[{"name":"city","type":"string"}]}""");
        var file = cli.File("customer.avsc", """{"type":"record","name":"Customer","namespace":"shop","fields":[{"name":"home","type":"shop.Address"}]}""");

        var without = await cli.RunAsync("publish", customer, file);
        var with = await cli.RunAsync("publish", customer, file, "--reference", $"shop.Address={address}:1");
        var latestReference = await cli.RunAsync("publish", customer, file, "--reference", $"shop.Address={address}");

        without.Exit.ShouldBe(ExitCodes.Failure, without.ToString());
        without.Error.ShouldContain("error 42201");
        with.Exit.ShouldBe(ExitCodes.Success, with.ToString());
        var stored = (await RegistryClient.JsonOf(await registry.GetAsync($"/schemas/ids/{IdOf(with)}"))).GetProperty("references")[0];
        stored.GetProperty("subject").GetString().ShouldBe(address);
        stored.GetProperty("version").GetInt32().ShouldBe(1);
        latestReference.Lines.ShouldBe(with.Lines, "the latest of the referenced subject is version 1: the same schema");
        (await cli.RunAsync("latest", customer)).Lines.ShouldContain($"reference: shop.Address={address}:1");
    }

    [Fact]
    public async Task validate_accepts_a_compatible_schema_prints_lint_warnings_and_registers_nothing()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var registry = new RegistryClient(http);
        var cli = new CliRun(http);
        var subject = RegistryClient.Unique("cli-valid");
        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        var file = cli.File("user.avsc", RegistryClient.UserV2);

        var result = await cli.RunAsync("validate", subject, file);

        result.Exit.ShouldBe(ExitCodes.Success, result.ToString());
        result.Lines[0].ShouldBe("lint: passed, 0 error(s), 2 warning(s)");
        result.Lines.ShouldContain(l => l.StartsWith("warning pii-tag at User.email: ", StringComparison.Ordinal), result.ToString());
        result.Lines.ShouldContain("compatibility: compatible with the versions its compatibility level requires");
        result.Lines[^1].ShouldBe($"valid: {file} can be published to {subject}");
        (await RegistryClient.JsonOf(await registry.GetAsync($"/subjects/{subject}/versions"))).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task validate_prints_every_incompatibility_with_its_path_and_exits_1()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var cli = new CliRun(http);
        var subject = RegistryClient.Unique("cli-incompatible");
        await new RegistryClient(http).RegisterAsync(subject, RegistryClient.UserV1);
        var file = cli.File("user.avsc", RegistryClient.UserBroken);

        var all = await cli.RunAsync("validate", subject, file);
        var one = await cli.RunAsync("validate", subject, file, "--version", "1");

        all.Exit.ShouldBe(ExitCodes.Failure, all.ToString());
        all.Lines.ShouldContain("compatibility: incompatible with the versions its compatibility level requires");
        all.Lines.ShouldContain(
            "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'age' at path '/fields/1' in the new schema has no default value and is missing in the old schema', additionalInfo:'age'}");
        all.Lines.ShouldContain("{oldSchemaVersion: 1}");
        all.Lines[^1].ShouldBe($"invalid: {file} would be refused by {subject}");
        one.Exit.ShouldBe(ExitCodes.Failure, one.ToString());
        one.Lines.ShouldContain("compatibility: incompatible with version 1");
    }

    [Fact]
    public async Task validate_prints_lint_errors_with_their_paths_and_exits_1()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var cli = new CliRun(http);
        var subject = RegistryClient.Unique("cli-lint");
        (await new RegistryClient(http).PutAsync($"/lint/config/{subject}", new { pii = "error", retention = "off" })).EnsureSuccessStatusCode();

        var result = await cli.RunAsync("validate", subject, cli.File("customer.avsc", LintTests.Customer));

        result.Exit.ShouldBe(ExitCodes.Failure, result.ToString());
        result.Lines[0].ShouldBe("lint: failed, 2 error(s), 0 warning(s)");
        result.Lines.ShouldContain(l => l.StartsWith("error pii-tag at Customer.emailAddress: ", StringComparison.Ordinal), result.ToString());
        result.Lines.ShouldContain(l => l.StartsWith("error pii-tag at Home.ipAddress: ", StringComparison.Ordinal), result.ToString());
        // A subject without versions takes any schema: only the lint makes it invalid.
        result.Lines.ShouldContain("compatibility: compatible with the versions its compatibility level requires");
        result.Lines[^1].ShouldStartWith("invalid: ");
    }

    [Fact]
    public async Task validate_of_a_malformed_schema_exits_1_with_42201_and_the_parser_message()
    {
        await using var node = NodeFactory.Sqlite();
        var cli = new CliRun(node.CreateClient());

        var result = await cli.RunAsync("validate", RegistryClient.Unique("cli-malformed"), cli.File("bad.avsc", """{"type":"record","name":"R","fields":[{"name":"a","type":"nope"}]}"""));

        result.Exit.ShouldBe(ExitCodes.Failure, result.ToString());
        result.Error.ShouldStartWith("error 42201: Invalid schema: ");
        result.Error.ShouldContain("\"nope\" is not a defined name");
    }

    private static int IdOf(CliResult result) =>
        int.Parse(result.Lines.Single(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..], System.Globalization.CultureInfo.InvariantCulture);
}
