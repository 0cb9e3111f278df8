using DataSpine.Grains.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataSpine.Silo.Tests;

/// <summary>
/// The real node pipeline in process, over a fresh SQLite file or the test PostgreSQL. Its admin key is
/// <see cref="TestKeys.Admin"/>, which <see cref="WebApplicationFactory{T}.CreateClient()"/>'s clients carry.
/// </summary>
public sealed class NodeFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static NodeFactory Sqlite(string? file = null) => SqliteWith(new Dictionary<string, string?>(), file);

    /// <summary>A node over a fresh SQLite file with these settings on top (a low rate limit, a small cap, ...).</summary>
    public static NodeFactory SqliteWith(IReadOnlyDictionary<string, string?> extra, string? file = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={file ?? Path.Combine(Path.GetTempPath(), $"dataspine-node-{Guid.NewGuid():N}.db")}",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new NodeFactory(settings);
    }

    /// <summary>A fresh SQLite node with these settings besides (Auth:AnonymousReads, ...).</summary>
    public static NodeFactory Sqlite(params (string Key, string? Value)[] settings) => new(new Dictionary<string, string?>(
        settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"dataspine-node-{Guid.NewGuid():N}.db")}",
    });

    public static NodeFactory Postgres(string? connectionString = null) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = connectionString ?? TestPostgres.ConnectionString,
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Each node keeps its keys in a folder of its own and starts without the sample source.
        builder.UseSetting("Sample:Enabled", "false");
        builder.UseSetting("Secrets:KeysFolder", Directory.CreateTempSubdirectory("dataspine-keys-").FullName);
        // Every node in this process is an Orleans silo of its own: a silo port each, no gateway.
        builder.UseSetting("Cluster:AdvertisedAddress", $"127.0.0.1:{FreePorts.Next()}");
        builder.UseSetting("Cluster:GatewayPort", "0");
        // Test sources live in the temporary folder; a test that needs a narrower root sets its own.
        builder.UseSetting("Sources:AllowedRoots:0", Path.GetTempPath());
        builder.UseSetting("Auth:BootstrapAdminKey", TestKeys.Admin);
        // Tests send far more than a person would; the rate limit has tests of its own (a low limit set per test).
        builder.UseSetting("RateLimits:AnonymousPerMinute", "1000000");
        builder.UseSetting("RateLimits:PerKeyPerMinute", "1000000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A client carrying a new key of this role, made by the admin through the API.</summary>
    public async Task<HttpClient> CreateClientAsync(Role role, DateTimeOffset? expiresAt = null) =>
        CreateClient().WithKey(await CreateKeyAsync(role, expiresAt));

    /// <summary>The text of a new key of this role, made by the admin through the API.</summary>
    public async Task<string> CreateKeyAsync(Role role, DateTimeOffset? expiresAt = null) =>
        await TestKeys.CreateKeyAsync(CreateClient(), role.ToString().ToLowerInvariant(), expiresAt);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.WithKey(TestKeys.Admin);
    }
}
