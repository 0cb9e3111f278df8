using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Storage;
using Microsoft.Extensions.Hosting;

namespace DataSpine.Runtime.Hosting;

/// <summary>Prepares storage at start, collects idle activations while running, deactivates all at stop.</summary>
internal sealed class GrainRuntimeHostedService(
    IGrainStorage storage, ActivationDirectory directory, GrainRuntimeOptions options, RuntimeLog log) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await directory.DeactivateAllAsync();
        }
        catch (TimeoutException)
        {
            log.ShutdownTimedOut();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
}
