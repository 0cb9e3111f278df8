using System.Net;
using Microsoft.Extensions.Configuration;

namespace DataSpine.Hosting;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}

public enum ClusterMode
{
    /// <summary>One process, one silo (Orleans' localhost clustering); no PostgreSQL needed.</summary>
    Embedded,

    /// <summary>Silos share PostgreSQL: Orleans' ADO.NET membership and reminders, DataSpine's grain storage.</summary>
    Postgres,
}

public enum ClusterRole
{
    /// <summary>Hosts grains (and, unless Cluster:ServeApi is false, the public API).</summary>
    Silo,

    /// <summary>An Orleans client: serves the API, holds no grain state, reaches silos through their gateways.</summary>
    Api,
}

/// <summary>Configuration section "Storage": where grain state (and the catalog's search index) lives.</summary>
public sealed class StorageSettings
{
    public const string DefaultSqlite = "Data Source=./data/dataspine.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite or Npgsql connection string; SQLite defaults to a file under ./data.</summary>
    public string? ConnectionString { get; set; }

    public string SqliteConnectionString => ConnectionString ?? DefaultSqlite;
}

/// <summary>Configuration section "Cluster". Membership timings live in "Cluster:Membership" (Orleans' ClusterMembershipOptions).</summary>
public sealed class ClusterSettings
{
    public ClusterMode Mode { get; set; } = ClusterMode.Embedded;

    public ClusterRole Role { get; set; } = ClusterRole.Silo;

    /// <summary>Silos of one cluster share this id; several clusters may share one database.</summary>
    public string ClusterId { get; set; } = "dataspine";

    /// <summary>Where other silos reach this one (host:silo port).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1:11111";

    /// <summary>Where Orleans clients (api processes) reach this silo; 0 turns the gateway off.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Whether a silo also serves the public HTTP API (an api process always does).</summary>
    public bool ServeApi { get; set; } = true;

    /// <summary>The membership and reminder database; defaults to Storage:ConnectionString.</summary>
    public string? ConnectionString { get; set; }

    public IPEndPoint SiloEndpoint()
    {
        var colon = AdvertisedAddress.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(AdvertisedAddress[(colon + 1)..], out var port) || port is <= 0 or > 65535)
        {
            throw new InvalidOperationException($"Cluster:AdvertisedAddress '{AdvertisedAddress}' is not host:port.");
        }

        var host = AdvertisedAddress[..colon];
        var address = IPAddress.TryParse(host, out var parsed) ? parsed
            : Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
              ?? throw new InvalidOperationException($"Cluster:AdvertisedAddress host '{host}' does not resolve to an IPv4 address.");
        return new IPEndPoint(address, port);
    }
}

/// <summary>Everything a node reads from configuration, checked once at start.</summary>
public sealed record NodeSettings(StorageSettings Storage, ClusterSettings Cluster)
{
    public static NodeSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        RetiredSettings.ThrowIfPresent(configuration);
        var storage = configuration.GetSection("Storage").Get<StorageSettings>() ?? new StorageSettings();
        var cluster = configuration.GetSection("Cluster").Get<ClusterSettings>() ?? new ClusterSettings();
        if (storage.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new InvalidOperationException("Storage:Provider=Postgres needs Storage:ConnectionString.");
        }

        if (cluster.Mode == ClusterMode.Postgres && cluster.ConnectionString is null && storage.Provider != StorageProvider.Postgres)
        {
            throw new InvalidOperationException("Cluster:Mode=Postgres needs Cluster:ConnectionString or Storage:Provider=Postgres.");
        }

        if (cluster.Role == ClusterRole.Api && cluster.Mode != ClusterMode.Postgres)
        {
            throw new InvalidOperationException("Cluster:Role=Api needs Cluster:Mode=Postgres (an api process finds silos in the membership table).");
        }

        return new NodeSettings(storage, cluster);
    }

    /// <summary>The PostgreSQL that holds membership and reminders in cluster mode.</summary>
    public string ClusterConnectionString =>
        Cluster.ConnectionString ?? Storage.ConnectionString ?? throw new InvalidOperationException("No cluster database configured.");
}
