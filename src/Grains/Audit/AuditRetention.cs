using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Grains.Audit;

/// <summary>
/// Prunes the audit trail to <c>Audit:RetainDays</c> when the silo starts and every hour after (each silo of a cluster
/// does; the chain lock makes them take turns, and a second prune finds nothing old enough). Off when the setting is 0.
/// </summary>
internal sealed partial class AuditRetention(AuditTrail trail, AuditRetentionOptions options, TimeProvider clock, ILogger<AuditRetention> logger)
    : BackgroundService
{
    private static readonly TimeSpan s_every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.RetainDays <= 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await trail.PruneAsync(clock.GetUtcNow().AddDays(-options.RetainDays), stoppingToken) is { } anchor)
                {
                    LogPruned(logger, anchor.Seq, options.RetainDays);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error);
            }

            await Task.Delay(s_every, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit records up to {Seq} were older than {Days} days and were pruned; the chain is anchored at that record's hash.")]
    private static partial void LogPruned(ILogger logger, long seq, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning the audit trail failed; it is tried again within the hour.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}

/// <summary>How long audit records are kept (<c>Audit:RetainDays</c>; 0, the default, keeps them for good).</summary>
public sealed record AuditRetentionOptions(double RetainDays);
