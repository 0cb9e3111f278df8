using Microsoft.Extensions.Logging;

namespace DataSpine.Grains.Cdc;

/// <summary>The route's background reader and its residency gate.</summary>
internal sealed partial class CdcRouteGrain
{
    private void StartReader()
    {
        if (State.Paused || State.Denials.Count > 0 || _reader is { IsCompleted: false })
        {
            return;
        }

        _running?.Dispose();
        _running = new CancellationTokenSource();
        var replicator = new CdcReplicator(Plan(), _progress, GrainFactory, logger, clock);
        var token = _running.Token;
        // Task.Run leaves the grain's scheduler on purpose: the replication loop must never hold the grain's turn.
        _reader = Task.Run(() => replicator.RunAsync(token), CancellationToken.None);
    }

    private async Task StopReaderAsync(CancellationToken cancellationToken)
    {
        if (_running is null || _reader is null)
        {
            return;
        }

        await _running.CancelAsync();
        try
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(15), cancellationToken);
        }
        catch (TimeoutException)
        {
            LogSlowStop(logger, Id);
        }

        _reader = null;
    }

    private void StartGate() =>
        _gate ??= this.RegisterGrainTimer(CheckGateAsync, new GrainTimerCreationOptions(options.GateEvery, options.GateEvery) { KeepAlive = true });

    /// <summary>
    /// Re-evaluates the route against the catalog's classes and the matrix now. A column newly found in breach stops the
    /// route (no row leaves in clear) and raises an alert in the log; when the breach is gone the route resumes.
    /// </summary>
    private async Task CheckGateAsync(CancellationToken cancellationToken)
    {
        if (!State.Exists)
        {
            return;
        }

        var denials = await CdcRouteValidation.DenialsAsync(GrainFactory, State.CatalogSource, State.Tables, State.Columns, State.Region);
        if (denials.SequenceEqual(State.Denials))
        {
            StartReader();
            return;
        }

        State.Denials = [.. denials];
        await route.WriteStateAsync(cancellationToken);
        if (denials.Count > 0)
        {
            LogStopped(logger, Id, string.Join(", ", denials.Select(d => $"{d.Column}:{d.Code}:{d.Class}")));
            await StopReaderAsync(cancellationToken);
        }
        else
        {
            StartReader();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ALERT: CDC route {RouteId} stopped by the residency gate: {Denials}")]
    private static partial void LogStopped(ILogger logger, string routeId, string denials);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CDC route {RouteId}: its reader did not stop within 15 s")]
    private static partial void LogSlowStop(ILogger logger, string routeId);
}
