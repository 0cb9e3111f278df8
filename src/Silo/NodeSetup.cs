using DataSpine.Api;
using DataSpine.Grains;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Hosting;
using DataSpine.Silo.Dashboard;
using DataSpine.Silo.Logging;
using DataSpine.Silo.Metrics;
using DataSpine.Silo.Operations;
using DataSpine.Silo.Sample;

namespace DataSpine.Silo;

/// <summary>The embedded node: silo (grain runtime) and API in one process.</summary>
public static class NodeSetup
{
    public const string StrictStartupVariable = "DATASPINE_STRICT_STARTUP";

    public static WebApplicationBuilder AddDataSpineNode(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // The dashboard's log tail keeps the latest lines in memory, after the same level filters.
        builder.Services.AddSingleton<LogTail>();
        // Request lines would crowd out everything else (the dashboard itself polls every 2 s).
        builder.Services.AddSingleton<ILoggerProvider, LogTailProvider>();
        builder.Logging.AddFilter<LogTailProvider>("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
            k.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Api:MaxRequestBodyBytes", 1L << 20));
        SiloListeners.Configure(builder);
        builder.Services.AddGrainRuntime(builder.Configuration, typeof(GrainsAssembly).Assembly);
        builder.Services.AddGrainServices(builder.Configuration["Secrets:KeysFolder"] ?? Path.Combine("data", "keys"));
        builder.Services.AddHostedService<SampleSeeder>();
        builder.Services.AddSingleton<PrometheusExporter>();
        builder.Services.AddSingleton<IDependencyCheck, StorageCheck>();
        builder.Services.AddSingleton<DependencyChecker>();
        builder.Services.AddDataSpineApi();
        return builder;
    }

    public static WebApplication MapDataSpineNode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Created before traffic so that the listener sees every instrument from the first request on.
        app.Services.GetRequiredService<PrometheusExporter>();
        app.UseMiddleware<CorrelationMiddleware>();
        app.MapOperations();
        app.MapDashboard();
        var cluster = app.Services.GetRequiredService<ClusterOptions>();
        if (cluster.Mode == ClusterMode.Postgres && cluster.Role == ClusterRole.Silo)
        {
            app.MapSiloEndpoints(SiloAddress.Parse(cluster.AdvertisedAddress, 0).Port);
        }

        if (cluster.Role == ClusterRole.Api || cluster.ServeApi)
        {
            app.MapDataSpineApi();
        }

        return app;
    }

    /// <summary>Runs the node; with strict start-up, exits 1 when a required dependency is down.</summary>
    public static async Task<int> RunNodeAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync();
        if (app.Configuration[StrictStartupVariable] is "1" or "true")
        {
            var report = await app.Services.GetRequiredService<DependencyChecker>().RunAsync(requiredOnly: false, CancellationToken.None);
            if (!report.Ready)
            {
                foreach (var down in report.Dependencies.Where(d => !d.Healthy))
                {
                    app.Logger.LogCritical("Strict start-up: dependency {Dependency} is down ({Error}); exiting", down.Name, down.Error);
                }

                await app.StopAsync();
                return 1;
            }
        }

        await app.WaitForShutdownAsync();
        return 0;
    }
}
