namespace DataSpine.Grains.Catalog.Scans;

/// <summary>Durable state of a scan job; progress is written as the scan goes, not per object.</summary>
public sealed record ScanState
{
    public bool Exists { get; set; }

    public string SourceId { get; set; } = "";

    public ScanStatus Status { get; set; }

    public ScanProgress Progress { get; set; } = new(0, 0, 0, 0, 0);

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? ErrorCode { get; set; }

    public string? Error { get; set; }

    public List<ObjectError> ObjectErrors { get; set; } = [];

    public List<string> DeletedAssets { get; set; } = [];

    /// <summary>How many times the scan was taken up again after its silo went away.</summary>
    public int Resumed { get; set; }

    /// <summary>How many of its runs ended without their silo stopping them (a crash or a hang); counted before each resume.</summary>
    public int Crashes { get; set; }

    /// <summary>Set when a silo stopped the scan on its way down: the next resume is not counted as a crash.</summary>
    public bool StoppedCleanly { get; set; }
}
