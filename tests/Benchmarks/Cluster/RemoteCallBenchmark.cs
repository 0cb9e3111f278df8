using System.Diagnostics;
using System.Net;
using DataSpine.Benchmarks.Catalog;
using DataSpine.Benchmarks.Runtime;
using DataSpine.Runtime;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>
/// Two silos in this process, each with its own Kestrel silo port on loopback and a shared PostgreSQL
/// membership: echo calls from silo A to grains that silo B owns (HTTP/2, JSON envelope), against the
/// same calls to grains A owns itself, in the same run.
/// </summary>
internal static class RemoteCallBenchmark
{
    private const int Grains = 200;

    public static async Task RunAsync()
    {
        if (BenchPostgres.Admin is not { } admin)
        {
            Console.WriteLine("Remote calls: DATASPINE_BENCH_POSTGRES not set; skipped.");
            return;
        }

        var database = await BenchPostgres.CreateDatabaseAsync(admin, "bench_cluster");
        await using var a = await StartSiloAsync(database, 21_311);
        await using var b = await StartSiloAsync(database, 21_312);
        var view = a.Services.GetRequiredService<ClusterView>();
        await WaitForAsync(() => view.ActiveSilos.Count == 2);
        var grains = a.Services.GetRequiredService<IGrainFactory>();
        var self = view.Self!.Value;
        var keys = Enumerable.Range(0, Grains * 4).Select(i => $"echo-{i}").ToList();
        var local = keys.Where(k => view.OwnerOf(new GrainId("echo", k)) == self).Take(Grains).Select(k => grains.GetGrain<IEchoGrain>(k)).ToList();
        var remote = keys.Where(k => view.OwnerOf(new GrainId("echo", k)) != self).Take(Grains).Select(k => grains.GetGrain<IEchoGrain>(k)).ToList();

        Console.WriteLine($"Remote grain calls, two silos on loopback (HTTP/2, {Grains} grains each side):");
        foreach (var callers in new[] { 1, 4, 32 })
        {
            var (localRate, localLatency) = await MeasureAsync(local, callers);
            var (remoteRate, remoteLatency) = await MeasureAsync(remote, callers);
            Measure.Row($"{callers} callers: remote calls/s, p50 / p99",
                $"{remoteRate:N0}/s, {Measure.Percentile(remoteLatency, 50):N3} / {Measure.Percentile(remoteLatency, 99):N3} ms");
            Measure.Row($"{callers} callers: local calls/s (baseline), p50 / p99",
                $"{localRate:N0}/s, {Measure.Percentile(localLatency, 50):N4} / {Measure.Percentile(localLatency, 99):N4} ms  remote/local time {localRate / remoteRate:F0}x");
        }

        Console.WriteLine("  (targets: >= 30k remote calls/s; remote p99 <= 2 ms at moderate load)");
    }

    private static async Task<(double Rate, List<double> Latencies)> MeasureAsync(List<IEchoGrain> grains, int callers)
    {
        var duration = TimeSpan.FromSeconds(3);
        await Task.WhenAll(grains.Select(g => g.EchoAsync(0))); // activate and warm connections
        var latencies = new List<double>[callers];
        var total = 0L;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            var i = c;
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var call = Stopwatch.GetTimestamp();
                await grains[i++ % grains.Count].EchoAsync(i);
                mine.Add(Stopwatch.GetElapsedTime(call).TotalMilliseconds);
            }

            Interlocked.Add(ref total, mine.Count);
        })));
        return (total / Stopwatch.GetElapsedTime(started).TotalSeconds, [.. latencies.SelectMany(l => l)]);
    }

    private static async Task<WebApplication> StartSiloAsync(string database, int siloPort)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, siloPort, o => o.Protocols = HttpProtocols.Http2));
        var storage = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = database };
        builder.Services.AddGrainRuntime(new GrainRuntimeOptions(), storage, typeof(IEchoGrain).Assembly)
            .AddCluster(new ClusterOptions { Mode = ClusterMode.Postgres, AdvertisedAddress = $"127.0.0.1:{siloPort}", TableRefreshPeriod = TimeSpan.FromMilliseconds(500) }, storage);
        var app = builder.Build();
        app.MapSiloEndpoints(siloPort);
        await app.StartAsync();
        return app;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
