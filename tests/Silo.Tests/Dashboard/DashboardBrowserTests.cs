using System.Text.Json;
using DataSpine.Silo.Tests.Registry;
using Xunit.Abstractions;

namespace DataSpine.Silo.Tests.Dashboard;

public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task the_orleans_dashboard_shows_activation_counts_and_the_live_silo_in_chromium()
    {
        var shots = Directory.CreateTempSubdirectory("dataspine-dashboard-shots-").FullName;
        await using var node = await RealNode.StartAsync();
        using var client = node.CreateClient();
        var silo = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cluster/silos"))[0].GetProperty("silo").GetString()!.Split('@')[0];

        var (code, seen) = await DashboardBrowser.RunAsync(DashboardBrowserScript.Text, node.BaseUrl, silo, shots, TestKeys.Admin);
        output.WriteLine($"screenshots in {shots}");
        output.WriteLine(seen);

        code.ShouldBe(0, $"{seen}\n--- node log (tail) ---\n{string.Join('\n', node.Log.Split('\n').TakeLast(20))}");
        seen.ShouldContain("dashboard proof passed");
        File.Exists(Path.Combine(shots, "overview.png")).ShouldBeTrue();
    }
}
