using DataSpine.Hosting.Clustering;
using DataSpine.Hosting.Reminders;
using DataSpine.Hosting.Storage;
using DataSpine.Hosting.Streams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;

namespace DataSpine.Hosting;

/// <summary>The one entry point that turns an Orleans silo into a DataSpine node, embedded or clustered, from configuration.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>The grain storage every DataSpine grain uses (Orleans' default provider name).</summary>
    public const string StorageName = "Default";

    /// <summary>
    /// Embedded: localhost clustering, grain state and reminders in one SQLite file (or PostgreSQL storage).
    /// Postgres: Orleans' ADO.NET membership and reminders, DataSpine's grain storage, on one PostgreSQL whose
    /// Orleans tables are migrated at start. Both: the "Streams" section's stream provider (memory by default, Kafka), Orleans' dashboard data, the settings
    /// of the "Runtime" and "Cluster:Membership" sections.
    /// </summary>
    public static ISiloBuilder UseDataSpine(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var settings = NodeSettings.Read(configuration);
        var services = silo.Services;
        services.AddSingleton(settings);
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.Cluster.ClusterId, "dataspine"));
        ConfigureRuntime(silo, configuration);
        ConfigureStorage(services, settings.Storage);
        silo.AddReminders();
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        silo.AddDataSpineStreams(StreamSettings.Read(configuration));
        if (settings.Cluster.Mode == ClusterMode.Embedded)
        {
            UseEmbedded(silo, settings);
        }
        else
        {
            UsePostgresCluster(silo, configuration, settings);
        }

        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StartupMigration>();
        return silo;
    }

    private static void ConfigureRuntime(ISiloBuilder silo, IConfiguration configuration)
    {
        var runtime = configuration.GetSection("Runtime");
        silo.Configure<GrainCollectionOptions>(o =>
        {
            o.CollectionAge = runtime.GetValue("CollectionAge", o.CollectionAge);
            o.CollectionQuantum = runtime.GetValue("CollectionQuantum", o.CollectionQuantum);
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = runtime.GetValue("CallTimeout", TimeSpan.FromSeconds(30)));
    }

    private static void ConfigureStorage(IServiceCollection services, StorageSettings storage)
    {
        services.AddSingleton<RelationalGrainStorage>(sp => storage.Provider == StorageProvider.Sqlite
            ? CreateSqlite(storage.SqliteConnectionString, sp.GetServices<IStateWriteHook>())
            : new PostgresGrainStorage(NpgsqlDataSource.Create(storage.ConnectionString!), sp.GetServices<IStateWriteHook>()));
        services.AddGrainStorage(StorageName, (sp, _) => sp.GetRequiredService<RelationalGrainStorage>());
        services.AddGrainStorage("PubSubStore", (sp, _) => sp.GetRequiredService<RelationalGrainStorage>());
    }

    private static SqliteGrainStorage CreateSqlite(string connectionString, IEnumerable<IStateWriteHook> hooks)
    {
        SqliteGrainStorage.EnsureFolder(connectionString);
        return new SqliteGrainStorage(connectionString, hooks);
    }

    private static void UseEmbedded(ISiloBuilder silo, NodeSettings settings)
    {
        var endpoint = settings.Cluster.SiloEndpoint();
        silo.UseLocalhostClustering(endpoint.Port, settings.Cluster.GatewayPort, serviceId: "dataspine", clusterId: settings.Cluster.ClusterId);
        if (settings.Storage.Provider == StorageProvider.Sqlite)
        {
            silo.Services.AddSingleton<IReminderTable>(new SqliteReminderTable(settings.Storage.SqliteConnectionString));
        }
        else
        {
            silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = ("Npgsql", settings.Storage.ConnectionString!));
        }
    }

    private static void UsePostgresCluster(ISiloBuilder silo, IConfiguration configuration, NodeSettings settings)
    {
        var endpoint = settings.Cluster.SiloEndpoint();
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = endpoint.Address;
            o.SiloPort = endpoint.Port;
            o.GatewayPort = settings.Cluster.GatewayPort;
            o.SiloListeningEndpoint = new System.Net.IPEndPoint(System.Net.IPAddress.Any, endpoint.Port);
            o.GatewayListeningEndpoint = settings.Cluster.GatewayPort == 0 ? null : new System.Net.IPEndPoint(System.Net.IPAddress.Any, settings.Cluster.GatewayPort);
        });
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            MembershipDefaults.Apply(o);
            configuration.GetSection("Cluster:Membership").Bind(o);
        });
        silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", settings.ClusterConnectionString));
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = ("Npgsql", settings.ClusterConnectionString));
    }

    /// <summary>Creates the tables before membership, reminders or any grain needs them; a database that is down stops the start.</summary>
    private sealed class StartupMigration(NodeSettings settings, RelationalGrainStorage storage) : ILifecycleParticipant<ISiloLifecycle>
    {
        public void Participate(ISiloLifecycle lifecycle) =>
            lifecycle.Subscribe(nameof(StartupMigration), ServiceLifecycleStage.First, async cancellationToken =>
            {
                if (settings.Cluster.Mode == ClusterMode.Postgres || settings.Storage.Provider == StorageProvider.Postgres)
                {
                    await PostgresOrleansSchema.MigrateAsync(
                        settings.Cluster.Mode == ClusterMode.Postgres ? settings.ClusterConnectionString : settings.Storage.ConnectionString!, cancellationToken);
                }

                await storage.InitializeAsync(cancellationToken);
            });
    }
}
