using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace DataSpine.Hosting.Tests;

/// <summary>In-process silos and clients: quiet logs, 1-second reminders, loopback ports of their own.</summary>
public static class TestHosts
{
    public static async Task<IHost> StartSiloAsync(string clusterId, Action<ISiloBuilder> configure)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(Quiet)
            .UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId));
                silo.ConfigureEndpoints(IPAddress.Loopback, FreePorts.Next(), FreePorts.Next());
                silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
                configure(silo);
            })
            .Build();
        await host.StartAsync();
        return host;
    }

    public static async Task<IHost> StartClientAsync(string clusterId, Action<IClientBuilder> configure)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(Quiet)
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId));
                configure(client);
            })
            .Build();
        await host.StartAsync();
        return host;
    }

    public static async Task ShutDownAsync(this IHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }

    // Orleans 10 logs every placement at Information through Polly.
    private static void Quiet(ILoggingBuilder logging) =>
        logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Polly", LogLevel.Warning);
}
