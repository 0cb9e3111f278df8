using System.Diagnostics;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>Runs node and npm; the client package is installed once per machine under the temp folder.</summary>
internal static class NodeTool
{
    public const string ClientPackage = "@confluentinc/schemaregistry@1.10.1";

    /// <summary>A folder with the client installed; never skips: without node or npm the test fails and says why.</summary>
    public static async Task<string> ClientFolderAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dataspine-confluent-schemaregistry-1.10.1");
        if (File.Exists(Path.Combine(folder, "node_modules", "@confluentinc", "schemaregistry", "package.json")))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var (code, output) = await RunAsync("npm", folder, TimeSpan.FromMinutes(5),
            "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", folder, ClientPackage);
        if (code != 0)
        {
            throw new InvalidOperationException($"npm install {ClientPackage} failed ({code}); Node.js 18+ and npm are needed:\n{output}");
        }

        return folder;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string command, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} took longer than {timeout}.");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
