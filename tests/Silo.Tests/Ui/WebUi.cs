namespace DataSpine.Silo.Tests.Ui;

/// <summary>
/// src/WebUi of this checkout: its node_modules (playwright-core, axe-core, vitest) are installed by the Silo
/// build's npm ci, and its e2e/ scripts drive Debian's Chromium against a node.
/// </summary>
internal static class WebUi
{
    public static string Folder { get; } = Find();

    public static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        if (!File.Exists(DashboardBrowser.Chromium))
        {
            throw new InvalidOperationException("Chromium is needed (apt-get install chromium; scripts/test.sh installs it).");
        }

        // The scripts call the API and sign the browser in with the key every test node is started with.
        var environment = new Dictionary<string, string> { ["DATASPINE_API_KEY"] = TestKeys.Admin };
        return await NodeTool.RunAsync("node", Folder, timeout, environment, [Path.Combine("e2e", script), .. arguments]);
    }

    public static string ScreenshotFolder(string name)
    {
        // Under the test's output folder, so CI keeps them with the test results.
        var folder = Path.Combine(AppContext.BaseDirectory, "ui-screenshots", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "src", "WebUi");
            if (File.Exists(Path.Combine(dir.FullName, "Cluster.sln")) && Directory.Exists(Path.Combine(folder, "node_modules")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("src/WebUi with node_modules was not found above the test's folder: build src/Silo (it runs npm ci).");
    }
}
