namespace DataSpine.Grains.Catalog;

[GenerateSerializer, Alias("ds.catalog.ScanStatus")]
public enum ScanStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>Counters of a scan; they only grow while it runs.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ScanProgress")]
public sealed record ScanProgress(int Discovered, int Harvested, int Unchanged, int Failed, int Deleted);

/// <summary>An object the scan could not take in, and why.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ObjectError")]
public sealed record ObjectError(string QualifiedName, string Code, string Message);

/// <summary>A scan job as the API shows it.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ScanView")]
public sealed record ScanView(
    string Id,
    string SourceId,
    ScanStatus Status,
    ScanProgress Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? ErrorCode,
    string? Error,
    IReadOnlyList<ObjectError> ObjectErrors,
    IReadOnlyList<string> DeletedAssets,
    int Resumed = 0);
