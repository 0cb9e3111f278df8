using System.Diagnostics;

namespace DataSpine.Tests.Shared;

/// <summary>Runs node and npm; each npm package is installed once per machine under the temp folder.</summary>
internal static class NodeTool
{
    public const string ClientPackage = "@confluentinc/schemaregistry@1.10.1";
    public const string BrowserPackage = "playwright-core@1.65.1";

    /// <summary>A folder with Confluent's client installed.</summary>
    public static Task<string> ClientFolderAsync() =>
        InstallOnceAsync(ClientPackage, "dataspine-confluent-schemaregistry-1.10.1", Path.Combine("@confluentinc", "schemaregistry"));

    /// <summary>A folder with playwright-core installed (it drives the system's Chromium; no browser download).</summary>
    public static Task<string> PlaywrightFolderAsync() =>
        InstallOnceAsync(BrowserPackage, "dataspine-playwright-core-1.65.1", "playwright-core");

    /// <summary>
    /// Never skips: without node or npm the test fails and says why. Test projects run at once (two use the
    /// browser), so the install holds a lock file: a second npm into the same folder would break the first.
    /// </summary>
    private static async Task<string> InstallOnceAsync(string package, string folderName, string packageDirectory)
    {
        var folder = Path.Combine(Path.GetTempPath(), folderName);
        using var installing = await LockAsync($"{folder}.lock");
        if (File.Exists(Path.Combine(folder, "node_modules", packageDirectory, "package.json")))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var (code, output) = await RunAsync("npm", folder, TimeSpan.FromMinutes(5),
            "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", folder, package);
        if (code != 0)
        {
            throw new InvalidOperationException($"npm install {package} failed ({code}); Node.js 18+ and npm are needed:\n{output}");
        }

        return folder;
    }

    public static Task<(int ExitCode, string Output)> RunAsync(string command, string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(command, workingDirectory, timeout, new Dictionary<string, string>(), arguments);

    /// <summary>Runs a command with <paramref name="environment"/> added to the child's environment only (never this process's, which tests share).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string command, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

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

    private static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
