using DataSpine.Grains.Catalog;
using DataSpine.Runtime;

namespace DataSpine.Silo.Sample;

/// <summary>
/// On a node's first start (no sources yet, no sample written yet) registers and scans the sample shop,
/// so that a new user sees a populated catalog at once. Off with Sample:Enabled=false.
/// </summary>
internal sealed partial class SampleSeeder(IGrainFactory grains, IConfiguration configuration, ILogger<SampleSeeder> logger) : BackgroundService
{
    public const string SourceName = "sample-shop";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = Path.GetFullPath(Path.Combine(configuration["Sample:Folder"] ?? Path.Combine("data", "sample"), "shop.db"));
        if (!configuration.GetValue("Sample:Enabled", true) || File.Exists(path))
        {
            return;
        }

        try
        {
            if ((await grains.GetGrain<ISourceDirectoryGrain>("all").ListAsync()).Count > 0)
            {
                return;
            }

            await SampleShop.CreateAsync(path, stoppingToken);
            var id = "sample-shop";
            var created = await grains.GetGrain<ISourceGrain>(id).CreateAsync(
                new SourceDefinition(SourceName, "sqlite", path, new SourceOptions { SamplingAllowed = true }));
            if (created.Succeeded)
            {
                var scan = await grains.GetGrain<ISourceGrain>(id).StartScanAsync("first-start");
                LogSeeded(logger, path, scan.Value?.ScanId);
            }
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, error);
            File.Delete(path); // a half-written sample would block the next attempt
        }
    }

    [LoggerMessage(200, LogLevel.Information, "Registered the sample source {Path} and started scan {ScanId}")]
    private static partial void LogSeeded(ILogger logger, string path, string? scanId);

    [LoggerMessage(201, LogLevel.Warning, "Could not set up the sample source")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
