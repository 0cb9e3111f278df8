using DataSpine.Grains;
using DataSpine.Runtime;
using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Benchmarks.Runtime;

/// <summary>A silo configured as the node runs it (metrics filter on; Release: no JSON call copies).</summary>
internal static class BenchSilo
{
    public static async Task<IHost> StartAsync(IGrainStorage storage)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(storage);
        builder.Services.AddGrainRuntime(new GrainRuntimeOptions(), new StorageOptions(), typeof(BenchSilo).Assembly, typeof(GrainsAssembly).Assembly);
        builder.Services.AddGrainServices(Directory.CreateTempSubdirectory("dataspine-bench-keys-").FullName);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static IGrainFactory Grains(this IHost host) => host.Services.GetRequiredService<IGrainFactory>();

    public static string TempSqlite() => $"Data Source={Path.Combine(Path.GetTempPath(), $"dataspine-bench-{Guid.NewGuid():N}.db")}";
}
