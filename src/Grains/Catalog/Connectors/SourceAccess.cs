using DataSpine.Grains.Catalog.Connectors.Files;
using DataSpine.Grains.Catalog.Sources;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>What connectors of this node may read (paths) and how much (limits, timeouts).</summary>
internal sealed class SourceAccess(SourcePaths paths, SourcesOptions limits)
{
    public SourcePaths Paths { get; } = paths;

    public SourcesOptions Limits { get; } = limits;

    /// <summary>
    /// Runs a call into a source off the grain's scheduler, with a timeout and the caller's token: a read
    /// that ignores both (a blocked system call) is abandoned, so neither the grain nor the scan waits on it.
    /// </summary>
    public static async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await Task.Run(() => call(limit.Token), limit.Token).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SourceAccessException(SourceAccessException.TimedOut, $"{what} did not finish within {timeout} (Sources:*Timeout).");
        }
    }
}
