namespace DataSpine.Grains.Catalog.Sources;

internal sealed partial class SourceGrain
{
    private const int RememberedScanKeys = 200;
    private const string ScheduledScan = "scheduled-scan";

    /// <summary>A scheduled scan starts unless the last one is still going (scans never pile up).</summary>
    public async Task ReceiveReminderAsync(string reminderName)
    {
        if (reminderName != ScheduledScan || !State.Exists || State.LastScan?.Status is ScanStatus.Queued or ScanStatus.Running)
        {
            return;
        }

        await StartScanAsync(idempotencyKey: null);
    }

    private Task ScheduleScansAsync() => (State.Options.ScanEvery, SourceSchedule.Cron(State.Options)) switch
    {
        ({ } every, _) => RegisterOrUpdateReminderAsync(ScheduledScan, every, every),
        (_, { } schedule) => RegisterOrUpdateReminderAsync(ScheduledScan, schedule),
        _ => UnregisterReminderAsync(ScheduledScan),
    };

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
