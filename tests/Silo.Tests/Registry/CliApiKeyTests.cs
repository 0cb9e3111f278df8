using DataSpine.Cli;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>The CLI against a real node: the key from --api-key or DATASPINE_API_KEY, refusals printed as the registry's errors.</summary>
public sealed class CliApiKeyTests
{
    [Fact]
    public async Task the_cli_sends_the_key_from_its_option_or_its_variable()
    {
        await using var node = await RealNode.StartAsync();
        var viewer = await node.CreateKeyAsync("viewer");
        var schema = Path.Combine(Directory.CreateTempSubdirectory("dataspine-cli-key-").FullName, "thing.avsc");
        await File.WriteAllTextAsync(schema, """{"type":"record","name":"Thing","fields":[{"name":"id","type":"string"}]}""");

        var withOption = await RunAsync("registry", "subjects", "--url", node.BaseUrl, "--api-key", viewer);
        var without = await RunAsync("registry", "subjects", "--url", node.BaseUrl);
        var tooLow = await RunAsync("registry", "publish", "things-value", schema, "--url", node.BaseUrl, "--api-key", viewer);
        var withVariable = await RunAsync(name => name == CliProgram.ApiKeyVariable ? viewer : null, "registry", "subjects", "--url", node.BaseUrl);

        withOption.Exit.ShouldBe(ExitCodes.Success, withOption.Error);
        withVariable.Exit.ShouldBe(ExitCodes.Success, withVariable.Error);
        without.Exit.ShouldBe(ExitCodes.Failure);
        without.Error.ShouldStartWith("error 40101: ");
        tooLow.Exit.ShouldBe(ExitCodes.Failure);
        tooLow.Error.ShouldStartWith("error 40301: This needs the engineer role");
        node.Log.ShouldNotContain(viewer, customMessage: "a key never reaches the logs");
    }

    // The environment is given, not the process's: other tests in this process run the CLI at the same time.
    private static Task<(int Exit, string Error)> RunAsync(params string[] args) => RunAsync(_ => null, args);

    private static async Task<(int Exit, string Error)> RunAsync(Func<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliProgram.RunAsync(args, output, error, environment);
        return (exit, error.ToString());
    }
}
