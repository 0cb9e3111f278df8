using Microsoft.Extensions.Hosting;

namespace DataSpine.Runtime.Management;

/// <summary>Ticks the <see cref="SiloMonitor"/> once a second while the silo runs.</summary>
internal sealed class SiloMonitorService(SiloMonitor monitor, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        monitor.Tick(time.GetUtcNow());
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            monitor.Tick(time.GetUtcNow());
        }
    }
}
