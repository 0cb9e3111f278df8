using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace DataSpine.Hosting;

/// <summary>An api process: an Orleans client that finds the silos' gateways in the cluster's membership table.</summary>
public static class ClientBuilderExtensions
{
    public static IClientBuilder UseDataSpineClient(this IClientBuilder client, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(client);
        var settings = NodeSettings.Read(configuration);
        client.Services.AddSingleton(settings);
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.Cluster.ClusterId, "dataspine"));
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = configuration.GetValue("Runtime:CallTimeout", TimeSpan.FromSeconds(30)));
        client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", settings.ClusterConnectionString));
        return client;
    }
}
