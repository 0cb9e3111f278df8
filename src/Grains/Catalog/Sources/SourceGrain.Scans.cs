namespace DataSpine.Grains.Catalog.Sources;

internal sealed partial class SourceGrain
{
    private const int RememberedScanKeys = 200;

    public async Task<SourceResult<ScanStarted>> StartScanAsync(string? idempotencyKey)
    {
        if (!State.Exists)
        {
            return SourceResult.Fail<ScanStarted>(CatalogErrors.SourceNotFound, $"No source {GetPrimaryKeyString()}.");
        }

        if (idempotencyKey is not null && State.ScanKeys.FirstOrDefault(k => k.Key == idempotencyKey).Value is { } existing)
        {
            var view = await GrainFactory.GetGrain<IScanJobGrain>(existing).GetAsync();
            return SourceResult.Ok(new ScanStarted(existing, view?.Status ?? ScanStatus.Queued, Created: false));
        }

        var scanId = Guid.NewGuid().ToString("N");
        State.ScanKeys.Add(new(idempotencyKey ?? scanId, scanId));
        if (State.ScanKeys.Count > RememberedScanKeys)
        {
            State.ScanKeys.RemoveRange(0, State.ScanKeys.Count - RememberedScanKeys);
        }

        State.LastScan = new ScanSummary(scanId, ScanStatus.Queued, null);
        await source.WriteStateAsync();
        var started = await GrainFactory.GetGrain<IScanJobGrain>(scanId).StartAsync(GetPrimaryKeyString());
        return SourceResult.Ok(new ScanStarted(scanId, started.Status, Created: true));
    }

    public Task<IReadOnlyList<KnownAsset>> GetKnownAssetsAsync() => Task.FromResult<IReadOnlyList<KnownAsset>>(State.Known);

    public async Task CompleteScanAsync(ScanSummary scan, IReadOnlyList<KnownAsset>? known)
    {
        if (!State.Exists)
        {
            return;
        }

        State.LastScan = scan;
        if (known is not null)
        {
            State.Known = [.. known];
        }

        await source.WriteStateAsync();
    }
}
