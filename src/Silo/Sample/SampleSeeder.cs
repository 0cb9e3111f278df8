using DataSpine.Grains.Catalog;

namespace DataSpine.Silo.Sample;

/// <summary>
/// On a node's first start (no sources yet, no sample written yet) registers and scans the sample shop,
/// so that a new user sees a populated catalog at once. Off with Sample:Enabled=false.
/// </summary>
internal sealed partial class SampleSeeder(IGrainFactory grains, IConfiguration configuration, ILogger<SampleSeeder> logger) : BackgroundService
{
    public const string SourceName = "sample-shop";

    private readonly TaskCompletionSource<string> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What the seeder did, in words, once it is done (for the ready line).</summary>
    public Task<string> Outcome => _outcome.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = Path.GetFullPath(Path.Combine(configuration["Sample:Folder"] ?? Path.Combine("data", "sources", "sample"), "shop.db"));
        if (!configuration.GetValue("Sample:Enabled", true))
        {
            _outcome.TrySetResult("sample off (Sample:Enabled=false)");
            return;
        }

        if (File.Exists(path))
        {
            _outcome.TrySetResult($"sample scanned before ({path})");
            return;
        }

        try
        {
            if ((await grains.GetGrain<ISourceDirectoryGrain>("all").ListAsync()).Count > 0)
            {
                _outcome.TrySetResult("sample skipped (sources exist)");
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

            _outcome.TrySetResult(created.Succeeded ? $"sample shop registered and scanning ({path})" : $"sample not registered: {created.Error}");
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, error);
            _outcome.TrySetResult($"sample failed: {error.Message}");
            File.Delete(path); // a half-written sample would block the next attempt
        }
    }

    [LoggerMessage(200, LogLevel.Information, "Registered the sample source {Path} and started scan {ScanId}")]
    private static partial void LogSeeded(ILogger logger, string path, string? scanId);

    [LoggerMessage(201, LogLevel.Warning, "Could not set up the sample source")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
