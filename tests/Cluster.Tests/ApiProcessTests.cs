using System.Text.Json;

namespace DataSpine.Cluster.Tests;

/// <summary>An api process (Cluster:Role=Api) is a thin Orleans client: it serves the API through the silos' gateways and holds no grains.</summary>
public sealed class ApiProcessTests
{
    [Fact]
    public async Task an_api_process_serves_writes_that_the_silos_then_answer()
    {
        await using var cluster = await TestCluster.StartAsync(silos: 2);
        await using var api = cluster.StartApiProcess();
        using var http = new HttpClient().WithKey(TestKeys.Admin);
        await TestCluster.WaitForAsync(async () =>
        {
            try
            {
                return (await http.GetAsync($"{api.PublicUrl}/readyz")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), () => $"the api process did not become ready:\n{api.Log}");

        var created = await http.PostAsJsonAsync($"{api.PublicUrl}/api/v1/glossary/terms", new { name = "Net revenue", definition = "Revenue after refunds." });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var read = await http.GetFromJsonAsync<JsonElement>($"{cluster.Silos[1].PublicUrl}/api/v1/glossary/terms/{id}");
        read.GetProperty("definition").GetString().ShouldBe("Revenue after refunds.");
        var silos = await http.GetFromJsonAsync<JsonElement>($"{api.PublicUrl}/api/v1/cluster/silos");
        silos.GetArrayLength().ShouldBe(2, "the api process is a client, not a silo");
    }
}
