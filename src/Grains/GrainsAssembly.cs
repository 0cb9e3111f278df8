using DataSpine.Grains.Catalog.Secrets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
