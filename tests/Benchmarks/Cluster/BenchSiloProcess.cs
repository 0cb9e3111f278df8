using DataSpine.Grains;
using DataSpine.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>
/// This benchmark as a silo process ("silo-process" argument): DataSpine's silo wiring (UseDataSpine, settings from
/// the environment as DataSpine.Silo reads them) hosting the DataSpine grains and this project's benchmark grains,
/// without the HTTP API. The remote-call benchmark runs two of them, since DataSpine.Silo.dll cannot host bench grains.
/// </summary>
internal static class BenchSiloProcess
{
    public const string Argument = "silo-process";

    public static async Task RunAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var settings = NodeSettings.Read(builder.Configuration);
        builder.Services.AddGrainServices(builder.Configuration["Secrets:KeysFolder"] ?? Directory.CreateTempSubdirectory("dataspine-bench-keys-").FullName);
        builder.Services.AddCatalogSearch(settings.Storage);
        builder.UseOrleans(silo => silo.UseDataSpine(builder.Configuration));
        await builder.Build().RunAsync();
    }
}
