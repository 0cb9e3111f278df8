using DataSpine.Grains.Catalog.Connectors;
using DataSpine.Grains.Telemetry;
using Microsoft.Extensions.Logging;

namespace DataSpine.Grains.Catalog.Scans;

/// <summary>
/// One scan: runs in the background of its grain (callers get the job at once and poll it), harvests the
/// source's catalog in bulk, then takes objects in with bounded parallelism through their asset grains.
/// </summary>
internal sealed partial class ScanJobGrain(
    [PersistentState("scan")] IPersistentState<ScanState> scan, IGrainFactory grains, SourceAccess access, TimeProvider clock, ILogger<ScanJobGrain> logger)
    : Grain, IScanJobGrain
{
    private static readonly TimeSpan s_stopWait = TimeSpan.FromSeconds(5);
    private Action? _requestCancel;
    private Task _run = Task.CompletedTask;
    private volatile bool _deactivating;
    private Counters _counters = new();

    private ScanState State => scan.State;

    /// <summary>
    /// Objects are taken in on the thread pool (Parallel.ForEachAsync), where Orleans forbids the grain's
    /// own runtime properties; the injected factory and the id read at activation are safe there.
    /// </summary>
    private string ScanId { get; set; } = "";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ScanId = this.GetPrimaryKeyString();
        _counters = Counters.From(State.Progress);
        if (State.Exists && State.Status is ScanStatus.Queued or ScanStatus.Running)
        {
            // Its silo died or stopped mid-scan: this activation (on the grain's new owner) runs it again.
            // Taking objects in is idempotent, so what was already stored counts as unchanged this time.
            // A run that ended with its silo crashing or hanging counts; one that its silo stopped does not.
            State.Crashes += State.StoppedCleanly ? 0 : 1;
            State.StoppedCleanly = false;
            if (State.Crashes >= Math.Max(1, access.Limits.MaxScanCrashes))
            {
                await FailPoisonedAsync();
                return;
            }

            State.Resumed++;
            LogResumed(this.GetPrimaryKeyString(), State.Resumed);
            _counters = new Counters();
            await scan.WriteStateAsync(CancellationToken.None);
            Run();
        }
    }

    /// <summary>
    /// The silo is stopping it (or it is idle): a running scan is cancelled, given a few seconds to stop, and
    /// left Running with a mark, so the next activation resumes it without counting a crash.
    /// </summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_requestCancel is null)
        {
            return;
        }

        _deactivating = true;
        _requestCancel();
        try
        {
            await _run.WaitAsync(s_stopWait, cancellationToken);
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException)
        {
            // Every source call is abandoned on cancel, so this is only a slow storage write; stop anyway.
        }

        if (State.Status is ScanStatus.Queued or ScanStatus.Running)
        {
            State.StoppedCleanly = true;
            State.Progress = _counters.Snapshot();
            await scan.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<ScanView> StartAsync(string sourceId)
    {
        if (!State.Exists)
        {
            State.Exists = true;
            State.SourceId = sourceId;
            State.Status = ScanStatus.Queued;
            State.CreatedAt = clock.GetUtcNow();
            await scan.WriteStateAsync();
            Run();
        }

        return View();
    }

    private void Run()
    {
        var cancel = new CancellationTokenSource();
        _requestCancel = cancel.Cancel;
        _run = RunAsync(cancel);
    }

    /// <summary>Its silo crashed or hung under it too often: the scan is failed for good instead of resumed into the same fate.</summary>
    private async Task FailPoisonedAsync()
    {
        var now = clock.GetUtcNow();
        LogPoisoned(ScanId, State.Crashes);
        await grains.GetGrain<ISourceGrain>(State.SourceId).CompleteScanAsync(new ScanSummary(ScanId, ScanStatus.Failed, now), null);
        Finish(now, ScanStatus.Failed, CatalogErrors.ScanPoisoned,
            $"The scan's silo crashed or stopped answering under it {State.Crashes} times (Sources:MaxScanCrashes); it is not resumed again.");
        await scan.WriteStateAsync(CancellationToken.None);
    }

    public Task<ScanView?> GetAsync() => Task.FromResult(State.Exists ? View() : null);

    public Task<ScanView?> CancelAsync()
    {
        if (State.Exists && State.Status is ScanStatus.Queued or ScanStatus.Running)
        {
            _requestCancel?.Invoke();
        }

        return GetAsync();
    }

    private ScanView View() => new(this.GetPrimaryKeyString(), State.SourceId, State.Status, _counters.Snapshot(), State.CreatedAt,
        State.StartedAt, State.FinishedAt, State.ErrorCode, State.Error, State.ObjectErrors, State.DeletedAssets, State.Resumed);

    private void Finish(DateTimeOffset at, ScanStatus status, string? code, string? error)
    {
        State.Status = status;
        DataSpineMeters.ScanFinished(status.ToString());
        State.ErrorCode = code;
        State.Error = error;
        State.FinishedAt = at;
        State.Progress = _counters.Snapshot();
    }

    /// <summary>Progress counters bumped from parallel workers.</summary>
    private sealed class Counters
    {
        private int _discovered;
        private int _harvested;
        private int _unchanged;
        private int _failed;
        private int _deleted;

        public static Counters From(ScanProgress p) =>
            new() { _discovered = p.Discovered, _harvested = p.Harvested, _unchanged = p.Unchanged, _failed = p.Failed, _deleted = p.Deleted };

        public void Discovered(int count) => Interlocked.Add(ref _discovered, count);

        public void Harvested() => Interlocked.Increment(ref _harvested);

        public void Unchanged() => Interlocked.Increment(ref _unchanged);

        public void Failed() => Interlocked.Increment(ref _failed);

        public void Deleted() => Interlocked.Increment(ref _deleted);

        public ScanProgress Snapshot() => new(Volatile.Read(ref _discovered), Volatile.Read(ref _harvested),
            Volatile.Read(ref _unchanged), Volatile.Read(ref _failed), Volatile.Read(ref _deleted));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scan {ScanId} is failed as poisoned: its silo crashed or hung under it {Crashes} times")]
    private partial void LogPoisoned(string scanId, int crashes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scan {ScanId} was running when its last activation ended (its silo died, stopped or no longer owns it); running it again here, resumed {Resumed} times")]
    private partial void LogResumed(string scanId, int resumed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scan {ScanId} ended but could not tell its source ({Reason}); the source learns it at its next scheduled tick")]
    private partial void LogReportFailed(string scanId, string reason);
}
