using DataSpine.Cli.Registry;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>Runs <c>dataspine registry ...</c> in process against a test node and keeps what it printed.</summary>
internal sealed class CliRun(HttpClient http)
{
    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("dataspine-cli-");

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new RegistryCommands(http, output, error).RunAsync(args);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>A schema file in this run's own folder.</summary>
    public string File(string name, string text)
    {
        var path = Path.Combine(_files.FullName, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}

/// <summary>Exit code and printed text; its ToString is the assertion message.</summary>
internal sealed record CliResult(int Exit, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
