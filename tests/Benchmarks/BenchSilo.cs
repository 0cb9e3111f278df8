using DataSpine.Grains;
using DataSpine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Benchmarks;

/// <summary>
/// An embedded DataSpine silo in this process, wired as src/Silo's NodeSetup wires it (UseDataSpine,
/// the domain grains' services, the catalog's search index), on a free silo port and without a gateway.
/// It hosts the DataSpine grains and this project's own benchmark grains.
/// </summary>
internal static class BenchSilo
{
    public static Task<IHost> StartSqliteAsync(string? connectionString = null) =>
        StartAsync(StorageProvider.Sqlite, connectionString ?? TempSqlite());

    public static async Task<IHost> StartAsync(StorageProvider provider, string connectionString, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider.ToString(),
            ["Storage:ConnectionString"] = connectionString,
            ["Cluster:Mode"] = "Embedded",
            ["Cluster:AdvertisedAddress"] = $"127.0.0.1:{FreePorts.Next()}",
            ["Cluster:GatewayPort"] = "0",
        });
        if (extra is not null)
        {
            builder.Configuration.AddInMemoryCollection(extra);
        }

        builder.Services.AddGrainServices(Directory.CreateTempSubdirectory("dataspine-bench-keys-").FullName);
        builder.Services.AddCatalogSearch(new StorageSettings { Provider = provider, ConnectionString = connectionString });
        builder.UseOrleans(silo => silo.UseDataSpine(builder.Configuration));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static IGrainFactory Grains(this IHost host) => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Stops the silo (deactivating its grains) before the host is disposed.</summary>
    public static async Task StopAndDisposeAsync(this IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }

    public static string TempSqlite() => $"Data Source={Path.Combine(Path.GetTempPath(), $"dataspine-bench-{Guid.NewGuid():N}.db")}";
}
