using DataSpine.Grains.Audit;
using DataSpine.Grains.Catalog.Search;
using DataSpine.Grains.Catalog.Secrets;
using DataSpine.Grains.Catalog.Sources;
using DataSpine.Grains.Cdc;
using DataSpine.Grains.ChangeEvents;
using DataSpine.Grains.Glossary;
using DataSpine.Grains.Streams;
using DataSpine.Hosting;
using DataSpine.Hosting.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace DataSpine.Grains;

/// <summary>Names this assembly for grain registration, and adds what its grains need.</summary>
public static class GrainsAssembly
{
    /// <summary>
    /// Services of the domain grains. <paramref name="keysFolder"/> holds the Data Protection keys that
    /// encrypt source secrets; every silo of a cluster must share it.
    /// </summary>
    public static IServiceCollection AddGrainServices(this IServiceCollection services, string keysFolder)
    {
        services.AddDataProtection()
            .SetApplicationName("DataSpine")
            .PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        services.AddSingleton<SecretProtector>();
        services.TryAddSingleton(sp => SourceAccessSetup.Create(sp.GetRequiredService<IConfiguration>(), keysFolder));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Glossary").Get<GlossaryOptions>() ?? new GlossaryOptions());
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Cdc").Get<CdcOptions>() ?? new CdcOptions());
        services.TryAddSingleton<StreamDeadLetters>();
        return services;
    }

    /// <summary>The catalog's full-text index, in the grain-state database and written in the same transaction as asset state.</summary>
    public static IServiceCollection AddCatalogSearch(this IServiceCollection services, StorageSettings storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        services.AddSingleton<SearchIndex>(_ => storage.Provider == StorageProvider.Sqlite
            ? new SqliteSearchIndex(storage.SqliteConnectionString)
            : new PostgresSearchIndex(NpgsqlDataSource.Create(storage.ConnectionString!)));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<SearchIndex>());
        services.AddSingleton<IStateWriteHook>(sp => sp.GetRequiredService<SearchIndex>());
        return services;
    }

    /// <summary>The audit trail, in the grain-state database and appended to in the same transaction as every state write.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, StorageSettings storage, int checkpointEvery, double retainDays = 0)
    {
        ArgumentNullException.ThrowIfNull(storage);
        services.AddSingleton<AuditTrail>(_ => storage.Provider == StorageProvider.Sqlite
            ? new SqliteAuditTrail(storage.SqliteConnectionString, checkpointEvery)
            : new PostgresAuditTrail(NpgsqlDataSource.Create(storage.ConnectionString!), checkpointEvery));
        services.AddSingleton<IStateWriteHook>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddSingleton(new AuditRetentionOptions(retainDays));
        services.AddHostedService<AuditRetention>();
        return services;
    }

    /// <summary>
    /// Catalog change events: the outbox, in the grain-state database and appended to in the same transaction as each
    /// catalog state write, and its publisher to Kafka (Events:Kafka:BootstrapServers; off without it).
    /// </summary>
    public static IServiceCollection AddCatalogEvents(this IServiceCollection services, StorageSettings storage, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(storage);
        services.AddSingleton<ChangeOutbox>(_ => storage.Provider == StorageProvider.Sqlite
            ? new SqliteChangeOutbox(storage.SqliteConnectionString)
            : new PostgresChangeOutbox(NpgsqlDataSource.Create(storage.ConnectionString!)));
        services.AddSingleton<IStateWriteHook>(sp => sp.GetRequiredService<ChangeOutbox>());
        services.AddSingleton(configuration.GetSection("Events").Get<ChangeEventOptions>() ?? new ChangeEventOptions());
        services.AddHostedService<CatalogEventPublisher>();
        return services;
    }
}
