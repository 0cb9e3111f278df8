using System.Text.Json;
using DataSpine.Silo.Tests.Registry;
using Xunit.Abstractions;

namespace DataSpine.Silo.Tests.Dashboard;

public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task the_dashboard_lists_the_live_silo_and_draws_its_charts_in_chromium()
    {
        File.Exists("/usr/bin/chromium").ShouldBeTrue("Chromium is needed (apt-get install chromium; scripts/test.sh installs it).");
        var folder = await NodeTool.PlaywrightFolderAsync();
        var script = Path.Combine(folder, $"dashboard-{Guid.NewGuid():N}.mjs");
        await File.WriteAllTextAsync(script, DashboardBrowserScript.Text);
        var shots = Directory.CreateTempSubdirectory("dataspine-dashboard-shots-").FullName;
        await using var node = await RealNode.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(node.BaseUrl) };
            var silo = (await client.GetFromJsonAsync<JsonElement>("/dashboard/api/silo")).GetProperty("silo").GetString()!;

            var (code, seen) = await NodeTool.RunAsync("node", folder, TimeSpan.FromMinutes(2), script, node.BaseUrl, silo, shots);
            output.WriteLine($"screenshots in {shots}");
            output.WriteLine(seen);

            code.ShouldBe(0, $"{seen}\n--- node log (tail) ---\n{string.Join('\n', node.Log.Split('\n').TakeLast(20))}");
            seen.ShouldContain("dashboard proof passed");
            seen.ShouldContain(silo);
            File.Exists(Path.Combine(shots, "overview.png")).ShouldBeTrue();
        }
        finally
        {
            File.Delete(script);
        }
    }
}
