using DataSpine.Grains.Catalog;

namespace DataSpine.Api.Catalog;

/// <summary>Body of POST/PUT /api/v1/sources.</summary>
public sealed record SourceRequest(string? Name, string? Type, string? Connection, SourceOptions? Options);

/// <summary>Body of POST /api/v1/sources/detect: a URL, connection string or path.</summary>
public sealed record DetectRequest(string? Hint);

/// <summary>Answer of POST /api/v1/sources/{id}/scans.</summary>
public sealed record ScanAccepted(string Id, ScanStatus Status, bool Created);

/// <summary>A page of a list; <c>cursor</c> is null on the last page.</summary>
public sealed record Page<T>(int Total, IReadOnlyList<T> Items, string? Cursor);

/// <summary>An asset in a list; <c>needsReview</c> counts its classes waiting for a steward (undecided, or rejected with grown evidence).</summary>
public sealed record AssetSummary(string Id, string Name, string QualifiedName, AssetType Type, string? Schema, int ColumnCount,
    long? RowCount, IReadOnlyList<string> Classifications, DateTimeOffset LastSeenAt, int NeedsReview = 0);

/// <summary>A scan in a source's history: its outcome and counters, without the per-object errors (see GET /scans/{id}).</summary>
public sealed record ScanListItem(string Id, ScanStatus Status, ScanProgress? Progress, DateTimeOffset? CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt, string? ErrorCode, int ObjectErrorCount)
{
    public static ScanListItem From(ScanSummary summary, ScanView? view) => view is null
        ? new(summary.Id, summary.Status, null, null, null, summary.FinishedAt, null, 0)
        : new(view.Id, view.Status, view.Progress, view.CreatedAt, view.StartedAt, view.FinishedAt, view.ErrorCode, view.ObjectErrors.Count);
}
