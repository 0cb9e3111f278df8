using DataSpine.Cli;

namespace DataSpine.Silo.Tests.Registry;

/// <summary><c>dataspine registry subjects|latest</c>, usage and connection errors.</summary>
public sealed class CliReadTests
{
    [Fact]
    public async Task subjects_lists_the_subjects_under_a_prefix_and_soft_deleted_ones_with_deleted()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var registry = new RegistryClient(http);
        var prefix = RegistryClient.Unique("cli");
        await registry.RegisterAsync($"{prefix}-a", RegistryClient.UserV1);
        await registry.RegisterAsync($"{prefix}-b", RegistryClient.UserV1);
        (await registry.DeleteAsync($"/subjects/{prefix}-b")).EnsureSuccessStatusCode();
        var cli = new CliRun(http);

        var live = await cli.RunAsync("subjects", "--prefix", prefix);
        live.Exit.ShouldBe(ExitCodes.Success, live.ToString());
        live.Lines.ShouldBe([$"{prefix}-a"]);
        var all = await cli.RunAsync("subjects", "--prefix", prefix, "--deleted");
        all.Lines.ShouldBe([$"{prefix}-a", $"{prefix}-b"], ignoreOrder: true);
    }

    [Fact]
    public async Task latest_prints_the_version_id_type_semver_and_schema()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var registry = new RegistryClient(http);
        var subject = RegistryClient.Unique("cli-latest");
        await registry.RegisterAsync(subject, RegistryClient.UserV1);
        var id = await registry.RegisterAsync(subject, RegistryClient.UserV2);

        var latest = await new CliRun(http).RunAsync("latest", subject);

        latest.Exit.ShouldBe(ExitCodes.Success, latest.ToString());
        latest.Lines.ShouldBe([$"subject: {subject}", "version: 2", $"id: {id}", "type: AVRO", "semver: 1.1.0", "schema:", RegistryClient.UserV2]);
    }

    [Fact]
    public async Task latest_of_an_unknown_subject_exits_1_with_40401()
    {
        await using var node = NodeFactory.Sqlite();
        var subject = RegistryClient.Unique("cli-missing");

        var latest = await new CliRun(node.CreateClient()).RunAsync("latest", subject);

        latest.Exit.ShouldBe(ExitCodes.Failure, latest.ToString());
        latest.Error.ShouldBe($"error 40401: Subject '{subject}' not found.{Environment.NewLine}");
        latest.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_node_that_does_not_answer_exits_2_with_the_url_it_tried()
    {
        var port = FreePorts.Next();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliProgram.RunAsync(["registry", "subjects", "--url", $"http://127.0.0.1:{port}/registry"], output, error);

        exit.ShouldBe(ExitCodes.UsageOrConnection, error.ToString());
        error.ToString().ShouldStartWith($"dataspine registry: cannot reach the registry at http://127.0.0.1:{port}/: ");
        output.ToString().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("missing arguments", "latest")]
    [InlineData("unexpected argument 'extra'", "latest", "s", "extra")]
    [InlineData("unknown verb 'frobnicate'", "frobnicate")]
    [InlineData("missing verb")]
    [InlineData("unknown option --bogus", "subjects", "--bogus", "1")]
    [InlineData("--prefix needs a value", "subjects", "--prefix")]
    [InlineData("--deleted takes no value", "subjects", "--deleted=yes")]
    [InlineData("--type must be AVRO, JSON or PROTOBUF, not 'xml'", "publish", "s", "x.avsc", "--type", "xml")]
    [InlineData("cannot tell the schema type of 'x.txt' from its extension", "publish", "s", "x.txt")]
    [InlineData("cannot read schema file 'no-such-dir/x.avsc'", "validate", "s", "no-such-dir/x.avsc")]
    [InlineData("--reference must be name=subject:version, not 'shop.Address'", "publish", "s", "x.avsc", "--reference", "shop.Address")]
    [InlineData("--reference must be name=subject:version, not 'a=b:0'", "publish", "s", "x.avsc", "--reference", "a=b:0")]
    public async Task usage_errors_exit_2_before_any_request(string message, params string[] args)
    {
        // Nothing listens here: a request would fail with a connection error, not the usage error.
        using var nowhere = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") };

        var result = await new CliRun(nowhere).RunAsync(args);

        result.Exit.ShouldBe(ExitCodes.UsageOrConnection, result.ToString());
        result.Error.ShouldStartWith($"dataspine registry: {message}");
    }

    [Fact]
    public async Task the_program_answers_help_and_refuses_unknown_commands_and_urls()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        (await CliProgram.RunAsync(["registry", "--help"], output, error)).ShouldBe(ExitCodes.Success);
        output.ToString().ShouldContain("publish <subject> <file>");
        (await CliProgram.RunAsync(["catalog"], output, error)).ShouldBe(ExitCodes.UsageOrConnection);
        (await CliProgram.RunAsync([], output, error)).ShouldBe(ExitCodes.UsageOrConnection);
        (await CliProgram.RunAsync(["registry", "subjects", "--url", "ftp://host"], output, error)).ShouldBe(ExitCodes.UsageOrConnection);
        error.ToString().ShouldContain("--url must be an http(s) URL, not 'ftp://host'");
    }
}
