namespace DataSpine.Grains.Catalog.Sources;

internal sealed partial class SourceGrain
{
    private const int RememberedScanKeys = 200;
    private const int RememberedScans = 50;
    private const string ScheduledScan = "scheduled-scan";
    private static readonly TimeSpan CronRetryPeriod = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A scheduled scan starts unless the last one is still going (scans never pile up). A cron schedule
    /// is a reminder due at its next time, moved on after each tick; its period (the schedule's spacing,
    /// at most a minute) only retries a tick that no silo was there to take (a missed time scans once, late).
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ScheduledScan || !State.Exists)
        {
            return;
        }

        if (State.LastScan is { Status: ScanStatus.Queued or ScanStatus.Running } running)
        {
            // Its job may have lost its silo: a call activates it on a survivor, which resumes it and then
            // reports back, so the schedule does not wait forever on a scan nobody runs. A job that finished
            // while this source's own silo was dying could not report: its view settles it, and the schedule goes on.
            if (await GrainFactory.GetGrain<IScanJobGrain>(running.Id).GetAsync() is { Status: not (ScanStatus.Queued or ScanStatus.Running) } ended)
            {
                await CompleteScanAsync(new ScanSummary(ended.Id, ended.Status, ended.FinishedAt), known: null);
                await StartScanAsync(idempotencyKey: null);
            }
        }
        else
        {
            await StartScanAsync(idempotencyKey: null);
        }

        if (SourceSchedule.Cron(State.Options) is { } schedule)
        {
            await RegisterCronAsync(schedule);
        }
    }

    private async Task ScheduleScansAsync()
    {
        if (State.Options.ScanEvery is { } every)
        {
            await this.RegisterOrUpdateReminder(ScheduledScan, every, every);
        }
        else if (SourceSchedule.Cron(State.Options) is { } schedule)
        {
            await RegisterCronAsync(schedule);
        }
        else
        {
            await UnregisterScheduleAsync();
        }
    }

    private async Task RegisterCronAsync(CronSchedule schedule)
    {
        var now = clock.GetUtcNow();
        if (schedule.Next(now) is { } next)
        {
            // The period only matters when no silo took the due tick (its owner died): then the next owner
            // fires at the next period tick, so it is the schedule's own spacing, at most a minute.
            var spacing = schedule.Next(next) is { } after ? after - next : CronRetryPeriod;
            var period = TimeSpan.FromTicks(Math.Clamp(spacing.Ticks, TimeSpan.FromSeconds(1).Ticks, CronRetryPeriod.Ticks));
            await this.RegisterOrUpdateReminder(ScheduledScan, next - now, period);
        }
    }

    private async Task UnregisterScheduleAsync()
    {
        if (await this.GetReminder(ScheduledScan) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task<SourceResult<ScanStarted>> StartScanAsync(string? idempotencyKey)
    {
        if (!State.Exists)
        {
            return SourceResult.Fail<ScanStarted>(CatalogErrors.SourceNotFound, $"No source {this.GetPrimaryKeyString()}.");
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
        Remember(State.LastScan);
        await source.WriteStateAsync();
        var started = await GrainFactory.GetGrain<IScanJobGrain>(scanId).StartAsync(this.GetPrimaryKeyString());
        return SourceResult.Ok(new ScanStarted(scanId, started.Status, Created: true));
    }

    public Task<IReadOnlyList<ScanSummary>?> GetScanHistoryAsync() => Task.FromResult<IReadOnlyList<ScanSummary>?>(!State.Exists ? null
        : State.Scans.Count > 0 ? [.. Enumerable.Reverse(State.Scans)]
        : State.LastScan is { } last ? [last] // a source saved before the history was kept
        : []);

    private void Remember(ScanSummary scan)
    {
        var index = State.Scans.FindIndex(s => s.Id == scan.Id);
        if (index >= 0)
        {
            State.Scans[index] = scan;
            return;
        }

        State.Scans.Add(scan);
        if (State.Scans.Count > RememberedScans)
        {
            State.Scans.RemoveRange(0, State.Scans.Count - RememberedScans);
        }
    }

    public Task<IReadOnlyList<KnownAsset>> GetKnownAssetsAsync() => Task.FromResult<IReadOnlyList<KnownAsset>>(State.Known);

    public async Task CompleteScanAsync(ScanSummary scan, IReadOnlyList<KnownAsset>? known)
    {
        if (!State.Exists)
        {
            return;
        }

        State.LastScan = scan;
        Remember(scan);
        if (known is not null)
        {
            State.Known = [.. known];
        }

        await source.WriteStateAsync();
    }
}
