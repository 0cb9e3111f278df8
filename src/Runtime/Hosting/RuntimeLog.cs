using Microsoft.Extensions.Logging;

namespace DataSpine.Runtime.Hosting;

/// <summary>The runtime's log messages (source-generated, as Npgsql's LogMessages).</summary>
internal sealed partial class RuntimeLog(ILogger<RuntimeLog> logger)
{
    [LoggerMessage(1, LogLevel.Warning, "Activation of {GrainId} failed")]
    private static partial void LogActivationFailed(ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(2, LogLevel.Warning, "OnDeactivateAsync of {GrainId} failed")]
    private static partial void LogDeactivationFailed(ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(3, LogLevel.Warning, "Timer callback of {GrainId} failed")]
    private static partial void LogTimerFailed(ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(4, LogLevel.Debug, "Collected {Count} idle activations")]
    private static partial void LogCollected(ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Warning, "Not every activation deactivated within the shutdown timeout")]
    private static partial void LogShutdownTimedOut(ILogger logger);

    [LoggerMessage(6, LogLevel.Error, "Grain storage is unavailable; retrying")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception error);

    public void StorageUnavailable(Exception error) => LogStorageUnavailable(logger, error);

    public void ActivationFailed(Exception error, GrainId id) => LogActivationFailed(logger, error, id);

    public void DeactivationFailed(Exception error, GrainId id) => LogDeactivationFailed(logger, error, id);

    public void TimerFailed(Exception error, GrainId id) => LogTimerFailed(logger, error, id);

    public void Collected(int count) => LogCollected(logger, count);

    public void ShutdownTimedOut() => LogShutdownTimedOut(logger);
}
