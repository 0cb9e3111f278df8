using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Management;
using DataSpine.Runtime.Storage;
using Microsoft.Extensions.Hosting;

namespace DataSpine.Runtime.Hosting;

/// <summary>Prepares storage at start, collects idle activations while running, deactivates all at stop.</summary>
internal sealed class GrainRuntimeHostedService(
    IGrainStorage storage, ActivationDirectory directory, GrainRuntimeOptions options, RuntimeLog log, SiloIdentity silo) : BackgroundService
{
    private static readonly TimeSpan s_storageRetry = TimeSpan.FromSeconds(2);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        silo.Status = SiloStatus.ShuttingDown;
        await base.StopAsync(cancellationToken);
        try
        {
            await directory.DeactivateAllAsync();
        }
        catch (TimeoutException)
        {
            log.ShutdownTimedOut();
        }

        silo.Status = SiloStatus.Dead;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await InitializeStorageAsync(stoppingToken);
        silo.Status = SiloStatus.Active;
        using var timer = new PeriodicTimer(options.CollectionQuantum);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var collected = directory.CollectIdle(options.CollectionAge);
            if (collected > 0)
            {
                log.Collected(collected);
            }
        }
    }

    /// <summary>
    /// Storage that is down at start-up does not stop the node: it keeps trying, /readyz says 503 until
    /// then, and strict start-up (DATASPINE_STRICT_STARTUP=1) turns that into a non-zero exit instead.
    /// </summary>
    private async Task InitializeStorageAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await storage.InitializeAsync(stoppingToken);
                return;
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                log.StorageUnavailable(error);
                await Task.Delay(s_storageRetry, stoppingToken);
            }
        }
    }
}
