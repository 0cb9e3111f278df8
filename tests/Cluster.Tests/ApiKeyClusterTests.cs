using System.Net;
using System.Text.RegularExpressions;

namespace DataSpine.Cluster.Tests;

/// <summary>API keys across silo processes on one PostgreSQL: one first admin key for the cluster, and revocation everywhere.</summary>
public sealed class ApiKeyClusterTests
{
    [Fact]
    public async Task silos_starting_together_print_one_first_admin_key_and_a_revocation_reaches_every_silo()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>(TestCluster.Timings)
        {
            [TestKeys.BootstrapVariable] = "", // no configured key: the cluster makes its own
            ["Auth__KeyCacheDuration"] = "00:00:02",
        };
        await using var first = SiloProcess.Start(database, settings);
        await using var second = SiloProcess.Start(database, settings);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var silo in new[] { first, second })
        {
            await TestCluster.WaitForAsync(async () => await ReadyAsync(http, silo), TimeSpan.FromSeconds(90), () => $"not ready:\n{silo.Log}");
        }

        var printed = new[] { first, second }.SelectMany(s => Regex.Matches(s.Log, "first admin API key .*: (dsk_\\S+)")).Select(m => m.Groups[1].Value).ToList();
        printed.Count.ShouldBe(1, "one silo of the cluster creates the first admin key");
        using var admin = TestKeys.AdminClient(first.PublicUrl).WithKey(printed[0]);
        (await admin.GetAsync($"{second.PublicUrl}/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the key works on every silo");

        var key = await TestKeys.CreateKeyAsync(admin, "viewer");
        using var viewer = new HttpClient().WithKey(key);
        (await viewer.GetAsync($"{second.PublicUrl}/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.DeleteAsync($"/api/v1/keys/{key.Split('_')[1]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await viewer.GetAsync($"{first.PublicUrl}/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "at once where it was revoked");
        await TestCluster.WaitForAsync(async () => (await viewer.GetAsync($"{second.PublicUrl}/api/v1/sources")).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(15), () => "the other silo still accepts the revoked key");
        $"{first.Log}{second.Log}".ShouldNotContain(key, customMessage: "a key never reaches the logs");
    }

    private static async Task<bool> ReadyAsync(HttpClient http, SiloProcess silo)
    {
        try
        {
            return (await http.GetAsync($"{silo.PublicUrl}/readyz")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
