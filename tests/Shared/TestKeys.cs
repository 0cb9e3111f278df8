using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace DataSpine.Tests.Shared;

/// <summary>
/// The admin key every node a test starts is given (Auth:BootstrapAdminKey), one per test process: nodes that
/// share a database share it, and clients carry it so that tests written before issue 17 keep working.
/// </summary>
internal static class TestKeys
{
    public static string Admin { get; } = $"dsk_t{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(7))}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";

    public const string BootstrapVariable = "Auth__BootstrapAdminKey";

    /// <summary>The client sends this key as a bearer token from now on.</summary>
    public static HttpClient WithKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A new key of this role (viewer, steward, engineer, admin), made through the API by an admin client.</summary>
    public static async Task<string> CreateKeyAsync(HttpClient admin, string role, DateTimeOffset? expiresAt = null)
    {
        var body = JsonSerializer.Serialize(new { name = $"test {role}", role, expiresAt });
        using var created = await admin.PostAsync("/api/v1/keys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        created.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>A client of the node at this address carrying the admin key.</summary>
    public static HttpClient AdminClient(string baseUrl, TimeSpan? timeout = null) =>
        new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = timeout ?? TimeSpan.FromSeconds(100) }.WithKey(Admin);
}
