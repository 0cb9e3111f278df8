namespace DataSpine.Grains.Cdc;

/// <summary>What the background reader reports to its grain; written by the reader, read by grain calls (hence the locking).</summary>
internal sealed class CdcProgress
{
    private readonly Lock _lock = new();
    private string _phase = CdcStatuses.Snapshotting;
    private double? _lagSeconds;
    private long _rowsApplied;
    private long _deadLetters;
    private string? _checkpoint;
    private string? _lastError;

    public (string Phase, double? LagSeconds, long RowsApplied, long DeadLetters, string? Checkpoint, string? LastError) Read()
    {
        lock (_lock)
        {
            return (_phase, _lagSeconds, _rowsApplied, _deadLetters, _checkpoint, _lastError);
        }
    }

    public void Started(SinkCheckpoint? checkpoint, string phase)
    {
        lock (_lock)
        {
            _phase = phase;
            _rowsApplied = checkpoint?.RowsApplied ?? 0;
            _deadLetters = checkpoint?.DeadLetters ?? 0;
            _checkpoint = checkpoint?.Lsn.ToString();
        }
    }

    public void Committed(string checkpoint, long applied, long deadLettered, double? lagSeconds, string phase)
    {
        lock (_lock)
        {
            _phase = phase;
            _checkpoint = checkpoint;
            _rowsApplied += applied;
            _deadLetters += deadLettered;
            _lagSeconds = lagSeconds ?? _lagSeconds;
            _lastError = null;
        }
    }

    public void Replayed(CdcReplay replay)
    {
        lock (_lock)
        {
            _rowsApplied += replay.Applied;
            _deadLetters = Math.Max(0, _deadLetters - replay.Applied);
        }
    }

    public void Failed(string error)
    {
        lock (_lock)
        {
            _phase = CdcStatuses.Failed;
            _lastError = error;
        }
    }
}
