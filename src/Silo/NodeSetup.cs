using DataSpine.Api;
using DataSpine.Api.Security;
using DataSpine.Grains;
using DataSpine.Grains.Lineage.OpenLineage;
using DataSpine.Hosting;
using DataSpine.Silo.Logging;
using DataSpine.Silo.Metrics;
using DataSpine.Silo.Operations;
using DataSpine.Silo.Sample;
using DataSpine.Silo.Ui;
using DataSpine.Silo.WebDefaults;
using Orleans.Dashboard;
using Prometheus;

namespace DataSpine.Silo;

/// <summary>A DataSpine node: an Orleans silo with the HTTP API (Cluster:Role=Silo), or an API-only Orleans client (Cluster:Role=Api).</summary>
public static class NodeSetup
{
    public static WebApplicationBuilder AddDataSpineNode(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = NodeSettings.Read(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // Orleans 10 logs every placement at Information through Polly.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.AddWebDefaults();
        PrometheusSetup.ConfigureOnce();
        builder.Services.Configure<OpenLineageLimits>(builder.Configuration.GetSection("Limits:OpenLineage"));
        builder.Services.AddGrainServices(builder.Configuration["Secrets:KeysFolder"] ?? Path.Combine("data", "keys"));
        if (settings.Cluster.Role == ClusterRole.Silo)
        {
            builder.Services.AddCatalogSearch(settings.Storage);
            builder.Services.AddAuditTrail(settings.Storage, builder.Configuration.GetValue("Audit:CheckpointEvery", 100),
                builder.Configuration.GetValue("Audit:RetainDays", 0.0));
            builder.Services.AddCatalogEvents(settings.Storage, builder.Configuration);
            builder.UseOrleans(silo => silo.UseDataSpine(builder.Configuration).AddDashboard());
            builder.Services.AddSingleton<SampleSeeder>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<SampleSeeder>());
            builder.Services.AddSingleton<IDependencyCheck, StorageCheck>();
        }
        else
        {
            builder.UseOrleansClient(client => client.UseDataSpineClient(builder.Configuration));
            builder.Services.AddSingleton<IDependencyCheck, ClusterCheck>();
        }

        builder.Services.AddSingleton<DependencyChecker>();
        builder.Services.AddDataSpineApi();
        builder.Services.AddDataSpineSecurity(builder.Configuration);
        return builder;
    }

    public static WebApplication MapDataSpineNode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<NodeSettings>();
        app.UseMiddleware<CorrelationMiddleware>();
        // Problem details first, so that every refusal below (host, media type, rate, timeout) is one.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebDefaults();
        app.UseDataSpineUi();
        app.UseHttpMetrics();
        // Limits partition by the caller's key, so they follow authentication; they precede authorization,
        // so that guessing keys (401 after 401) is limited too.
        app.UseAuthentication();
        app.UseWebLimits();
        app.UseAuthorization();
        app.MapOperations();
        if (settings.Cluster.Role == ClusterRole.Silo)
        {
            app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(Permissions.Dashboard);
        }

        if (settings.Cluster.Role == ClusterRole.Api || settings.Cluster.ServeApi)
        {
            app.MapDataSpineApi();
        }

        app.MapDataSpineUi();
        return app;
    }

    /// <summary>Runs the node; exits 1, saying why, when it cannot start (its database is down, for one).</summary>
    public static async Task<int> RunNodeAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.StartAsync();
        }
        catch (Exception error)
        {
            // Orleans does not start without its database (storage, membership, reminders): say why, exit 1.
            app.Logger.LogCritical(error, "The node could not start: {Reason}", error.GetBaseException().Message);
            await Console.Error.WriteLineAsync($"DataSpine could not start: {error.GetBaseException().Message}");
            return 1;
        }

        await ReadyLine.PrintAsync(app);
        await app.WaitForShutdownAsync();
        return 0;
    }
}
