using System.Reflection;
using System.Text.Json.Serialization;
using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Calls;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Management;
using DataSpine.Runtime.Metrics;
using DataSpine.Runtime.References;
using DataSpine.Runtime.Reminders;
using DataSpine.Runtime.Search;
using DataSpine.Runtime.Storage;
using DataSpine.Runtime.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace DataSpine.Runtime.Hosting;

public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the single-silo grain runtime hosting the grain classes of <paramref name="grainAssemblies"/>,
    /// with storage from configuration ("Storage" section) and runtime options ("Runtime" section).
    /// </summary>
    public static IServiceCollection AddGrainRuntime(
        this IServiceCollection services, IConfiguration configuration, params Assembly[] grainAssemblies)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection("Runtime").Get<GrainRuntimeOptions>() ?? new GrainRuntimeOptions();
        var storage = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        var cluster = configuration.GetSection("Cluster").Get<ClusterOptions>() ?? new ClusterOptions();
        var plugins = options.GrainAssemblyPaths.Select(p => Assembly.LoadFrom(Path.GetFullPath(p)));
        return services.AddGrainRuntime(options, storage, [.. grainAssemblies, .. plugins]).AddCluster(cluster, storage);
    }

    /// <summary>
    /// Membership and routing. Embedded: an in-memory membership of this one silo, and calls stay local.
    /// Postgres: the shared membership table, placement by rendezvous hashing, remote calls over HTTP/2.
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services, ClusterOptions cluster, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        services.AddSingleton(cluster);
        services.AddSingleton<ClusterView>();
        services.AddSingleton<RemoteCallClient>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MembershipService>();
        services.AddHostedService(sp => sp.GetRequiredService<MembershipService>());
        services.AddHostedService<ReminderService>();
        if (cluster.Mode == ClusterMode.Embedded)
        {
            services.AddSingleton<IMembershipTable, InMemoryMembershipTable>();
            return services;
        }

        var connectionString = cluster.ConnectionString ?? (storage.Provider == StorageProvider.Postgres ? storage.ConnectionString : null)
            ?? throw new InvalidOperationException("Cluster:Mode=Postgres needs Cluster:ConnectionString or PostgreSQL storage.");
        services.AddSingleton<IMembershipTable>(_ => new PostgresMembershipTable(NpgsqlDataSource.Create(connectionString), cluster.ClusterId));
        services.Replace(ServiceDescriptor.Singleton<IGrainCallRouter, ClusterGrainCallRouter>());
        services.Replace(ServiceDescriptor.Singleton<IActivationPlacement, OwnerOnlyPlacement>());
        services.Replace(ServiceDescriptor.Singleton<IClusterSnapshots>(sp => new ClusterSnapshots(
            sp.GetRequiredService<ClusterView>(), sp.GetRequiredService<RemoteCallClient>(), sp.GetRequiredService<StateSerializer>(),
            cluster.Role == ClusterRole.Silo ? sp.GetRequiredService<ILocalSiloSnapshot>() : null)));
        services.Replace(ServiceDescriptor.Singleton<IClusterMembers, ClusterMembers>());
        return services;
    }

    public static IServiceCollection AddGrainRuntime(
        this IServiceCollection services, GrainRuntimeOptions options, StorageOptions storage, params Assembly[] grainAssemblies)
    {
        services.AddMetrics();
        services.AddSingleton(options);
        services.AddSingleton(storage);
        services.AddSingleton(new GrainTypeRegistry([typeof(GrainRuntimeServiceCollectionExtensions).Assembly, .. grainAssemblies]));
        services.AddSingleton<GrainFactory>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainFactory>());
        services.AddSingleton<JsonConverter>(sp => new GrainReferenceJsonConverter(sp));
        services.AddSingleton<StateSerializer>();
        services.AddSingleton<CallCopier>();
        services.AddSingleton<GrainActivator>();
        services.AddSingleton<ActivationServices>();
        services.TryAddSingleton<IActivationPlacement, LocalActivationPlacement>();
        services.AddSingleton<ActivationDirectory>();
        services.AddSingleton<LocalGrainCallRouter>();
        services.AddSingleton<IGrainCallRouter>(sp => sp.GetRequiredService<LocalGrainCallRouter>());
        services.AddSingleton<SiloIdentity>();
        services.AddSingleton<RuntimeMetrics>();
        services.AddSingleton<RuntimeLog>();
        services.AddSingleton<CallStatistics>();
        services.AddSingleton<IIncomingGrainCallFilter, CallMetricsFilter>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SiloMonitor>();
        services.AddSingleton<ILocalSiloSnapshot>(sp => sp.GetRequiredService<SiloMonitor>());
        services.AddHostedService<SiloMonitorService>();
        // The cluster replaces these with answers from every live silo (issue 6).
        services.TryAddSingleton<IClusterSnapshots, LocalClusterSnapshots>();
        services.TryAddSingleton<IClusterMembers, NoClusterMembers>();
        services.TryAddSingleton<IClusterReminders, TableReminders>();
        services.TryAddSingleton(_ => CreateStorage(storage));
        services.TryAddSingleton(sp => sp.GetRequiredService<IGrainStorage>() as ISearchIndex
            ?? throw new InvalidOperationException("The configured grain storage has no search index."));
        services.AddHostedService<GrainRuntimeHostedService>();
        return services;
    }

    private static IGrainStorage CreateStorage(StorageOptions storage) => storage.Provider switch
    {
        StorageProvider.Sqlite => new SqliteGrainStorage(storage.ConnectionString ?? StorageOptions.DefaultSqlite),
        StorageProvider.Postgres => new PostgresGrainStorage(NpgsqlDataSource.Create(
            storage.ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required for Postgres."))),
        _ => throw new InvalidOperationException($"Unknown Storage:Provider '{storage.Provider}'."),
    };
}
