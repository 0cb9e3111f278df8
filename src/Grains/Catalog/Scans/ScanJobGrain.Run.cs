using System.Collections.Concurrent;
using DataSpine.Grains.Catalog.Connectors;
using DataSpine.Grains.Lineage;
using DataSpine.Grains.Telemetry;

namespace DataSpine.Grains.Catalog.Scans;

internal sealed partial class ScanJobGrain
{
    private const int Batch = 100;
    private const int Attempts = 3;
    private const int MaxListed = 1000;
    private static readonly TimeSpan s_keepAlive = TimeSpan.FromMinutes(10);

    private readonly Lock _errorsLock = new();
    private string _sourceType = "";
    private (string Namespace, string? Database) _lineageNamespace;

    // The state object of the scan in progress: objects are taken in on the thread pool, where Orleans
    // forbids IPersistentState.State (it checks for the activation's context); the object itself is plain.
    private ScanState _running = new();

    private async Task RunAsync(CancellationTokenSource cancellation)
    {
        using (cancellation)
        {
            await RunAsync(cancellation.Token);
            _requestCancel = null;
        }
    }

    /// <summary>
    /// Tells the source how the scan ended. Its silo may have just died, and a call fails until Orleans places the
    /// source on a survivor: retried for a while. Should every try fail, the scan still finishes here, and the source
    /// learns the outcome from this job's view at its next scheduled tick (see SourceGrain.ReceiveReminder).
    /// </summary>
    private async Task ReportAsync(ISourceGrain source, ScanSummary summary, IReadOnlyList<KnownAsset>? seen)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await source.CompleteScanAsync(summary, seen);
                return;
            }
            catch (Exception error) when (error is TimeoutException or OrleansException or SiloUnavailableException)
            {
                if (attempt == 6)
                {
                    LogReportFailed(ScanId, error.Message);
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    private async Task RunAsync(CancellationToken cancel)
    {
        _running = State;
        DelayDeactivation(s_keepAlive);
        State.Status = ScanStatus.Running;
        State.StartedAt = clock.GetUtcNow();
        await scan.WriteStateAsync(CancellationToken.None);
        var source = grains.GetGrain<ISourceGrain>(State.SourceId);
        IReadOnlyList<KnownAsset>? seen = null;
        (ScanStatus Status, string? Code, string? Error) outcome;
        try
        {
            var definition = await source.GetDefinitionAsync()
                ?? throw new SourceAccessException(SourceAccessException.NotFound, $"Source {State.SourceId} was deleted.");
            _sourceType = definition.Type;
            _lineageNamespace = LineageNamespaces.For(definition);
            var connector = SourceConnectors.Create(definition.Type, definition.Connection, access);
            await using (connector as IAsyncDisposable)
            {
                seen = await ScanAsync(connector, definition.Options, source, cancel);
            }

            outcome = (ScanStatus.Succeeded, null, null);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested && _deactivating)
        {
            return; // the silo is stopping it: it stays Running, and resumes on the next activation
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            outcome = (ScanStatus.Cancelled, null, null);
        }
        catch (SourceAccessException error)
        {
            outcome = (ScanStatus.Failed, error.Code, error.Message);
        }
        catch (Exception error)
        {
            outcome = (ScanStatus.Failed, CatalogErrors.ScanFailed, error.Message);
        }

        // The source learns first, so a client that sees the scan finished also sees what it found.
        // Only a finished scan knows what vanished; a failed or cancelled one leaves what was known.
        var finishedAt = clock.GetUtcNow();
        await ReportAsync(source, new ScanSummary(ScanId, outcome.Status, finishedAt), seen);
        Finish(finishedAt, outcome.Status, outcome.Code, outcome.Error);
        await scan.WriteStateAsync(CancellationToken.None);
    }

    private async Task<IReadOnlyList<KnownAsset>> ScanAsync(
        ISourceConnector connector, SourceOptions options, ISourceGrain source, CancellationToken cancel)
    {
        var scope = new ScanScope(options.IncludeSchemas, options.ExcludeSchemas, options.SamplingAllowed);
        var harvested = await SourceAccess.CallAsync(token => connector.HarvestAsync(scope, token),
            access.Limits.HarvestTimeout, "Listing the source's objects", cancel);
        var unreadable = connector.HarvestErrors;
        _counters.Discovered(harvested.Count + unreadable.Count);
        var known = (await source.GetKnownAssetsAsync()).ToDictionary(k => k.QualifiedName, StringComparer.Ordinal);
        var seen = new ConcurrentBag<KnownAsset>();
        foreach (var error in unreadable)
        {
            RecordFailure(error, known.GetValueOrDefault(error.QualifiedName), seen);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancel };
        foreach (var batch in harvested.Chunk(Batch))
        {
            await Parallel.ForEachAsync(batch, parallel, (asset, token) =>
                new ValueTask(TakeInAsync(connector, scope, asset, known.GetValueOrDefault(asset.QualifiedName), seen, token)));
            State.Progress = _counters.Snapshot();
            await scan.WriteStateAsync(CancellationToken.None);
            DelayDeactivation(s_keepAlive);
        }

        var present = harvested.Select(a => a.QualifiedName).Concat(unreadable.Select(e => e.QualifiedName)).ToHashSet(StringComparer.Ordinal);
        foreach (var vanished in known.Keys.Where(name => !present.Contains(name)))
        {
            await grains.GetGrain<IAssetGrain>(AssetKeys.For(State.SourceId, vanished)).MarkDeletedAsync(ScanId, clock.GetUtcNow());
            _counters.Deleted();
            if (State.DeletedAssets.Count < MaxListed)
            {
                State.DeletedAssets.Add(vanished);
            }
        }

        return [.. seen.OrderBy(k => k.QualifiedName, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Sampled values feed the classifiers and are never stored. (Min/max of columns with a class are dropped by the
    /// asset, which knows the stewards' decisions: <c>AssetGrain.ProfileToKeep</c>.)
    /// </summary>
    private static TableProfile WithoutSamples(TableProfile profile) => profile with { SampleValues = new Dictionary<string, IReadOnlyList<string?>>() };

    /// <summary>
    /// Profiles, classifies and stores one object; retries with backoff; a failure stays with the object. Every scan
    /// profiles and classifies every object, also one whose schema did not change: its values may have (issue 19). The
    /// asset writes nothing when neither schema, profile nor suggestions changed, and a schema version only when the schema did.
    /// </summary>
    private async Task TakeInAsync(
        ISourceConnector connector, ScanScope scope, HarvestedAsset asset, KnownAsset? known, ConcurrentBag<KnownAsset> seen, CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A view has no rows of its own; a topic's messages are not read, only its metadata.
                var profile = asset.Type is AssetType.View or AssetType.Topic ? null
                    : await SourceAccess.CallAsync(token => connector.ProfileAsync(asset, scope, token),
                        access.Limits.ObjectTimeout, $"Profiling '{asset.QualifiedName}'", cancel);
                var classes = ColumnClassifications.For(asset, profile);
                var stored = profile is null ? null : WithoutSamples(profile);
                var lineage = ViewLineages.For(asset, _sourceType);
                var assetId = AssetKeys.For(_running.SourceId, asset.QualifiedName);
                var outcome = await grains.GetGrain<IAssetGrain>(assetId)
                    .ApplyHarvestAsync(new AssetHarvest(_running.SourceId, ScanId, asset, stored, classes, now, lineage));
                if (outcome == HarvestOutcome.Unchanged)
                {
                    // Same schema (the view's definition is part of it): its lineage is already recorded.
                    _counters.Unchanged();
                }
                else
                {
                    if (lineage is not null)
                    {
                        await RecordLineageAsync(asset, assetId, lineage, now);
                    }

                    _counters.Harvested();
                    DataSpineMeters.AssetHarvested();
                }

                seen.Add(new KnownAsset(asset.QualifiedName, asset.Type, asset.Fingerprint, now));
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancel.IsCancellationRequested)
            {
                // A file too large, a path refused or a read that timed out would fail the same way again.
                if (attempt < Attempts && error is not SourceAccessException { IsPermanent: true })
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << attempt)), cancel);
                    continue;
                }

                var code = error is SourceAccessException failure ? failure.Code : CatalogErrors.ScanFailed;
                RecordFailure(new ObjectError(asset.QualifiedName, code, error.Message), known, seen);
                return;
            }
        }
    }

    /// <summary>An object that could not be taken in: its error is listed, and what was known of it stays (a failure is not a disappearance).</summary>
    private void RecordFailure(ObjectError error, KnownAsset? known, ConcurrentBag<KnownAsset> seen)
    {
        _counters.Failed();
        if (known is not null)
        {
            seen.Add(known);
        }

        lock (_errorsLock)
        {
            if (_running.ObjectErrors.Count < MaxListed)
            {
                _running.ObjectErrors.Add(error);
            }
        }
    }

    /// <summary>A view's definition joins the lineage graph as a job that reads its upstream tables and writes the view.</summary>
    private Task RecordLineageAsync(HarvestedAsset asset, string assetId, ViewLineage lineage, DateTimeOffset at)
    {
        var view = lineage.Targets is [var target] ? target : $"{asset.Schema ?? "main"}.{asset.Name}";
        var result = new SqlLineageResult(lineage.Upstream, [view], lineage.ColumnEdges, [], []);
        var fields = asset.Columns.Select(c => new LineageField(c.Name, c.DataType, c.Comment)).ToList();
        return grains.GetGrain<ILineageIngestGrain>("ingest").RecordSqlAsync(new SqlLineageRecord(
            _lineageNamespace.Namespace, _lineageNamespace.Database, view, "VIEW_DEFINITION", asset.Definition ?? "", result, at, assetId, fields));
    }
}
