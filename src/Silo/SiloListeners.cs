using System.Net;
using DataSpine.Runtime.Cluster;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DataSpine.Silo;

/// <summary>
/// A clustered silo listens twice: the public URLs (HTTP/1.1 and HTTP/2 for users) and the silo port
/// from Cluster:AdvertisedAddress (HTTP/2 only, so other silos can multiplex calls without TLS).
/// </summary>
internal static class SiloListeners
{
    public static void Configure(WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection("Cluster").Get<ClusterOptions>() ?? new ClusterOptions();
        if (cluster.Mode != ClusterMode.Postgres || cluster.Role != ClusterRole.Silo)
        {
            return;
        }

        var siloPort = SiloAddress.Parse(cluster.AdvertisedAddress, 0).Port;
        var urls = (builder.Configuration["Urls"] ?? "http://127.0.0.1:8080").Split(';', StringSplitOptions.RemoveEmptyEntries);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Listening explicitly replaces Urls, so the public addresses are listed here again.
            foreach (var url in urls)
            {
                var uri = new Uri(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal));
                k.Listen(Address(uri.Host), uri.Port, o => o.Protocols = HttpProtocols.Http1AndHttp2);
            }

            k.ListenAnyIP(siloPort, o => o.Protocols = HttpProtocols.Http2);
        });
    }

    private static IPAddress Address(string host) =>
        host is "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var address) ? address : IPAddress.Any;
}
