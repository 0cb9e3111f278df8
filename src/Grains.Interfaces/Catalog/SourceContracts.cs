namespace DataSpine.Grains.Catalog;

/// <summary>How a source is scanned; every field has a safe default (no sampling of values).</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SourceOptions")]
public sealed record SourceOptions
{
    [Id(0)]
    public IReadOnlyList<string> IncludeSchemas { get; init; } = [];

    [Id(1)]
    public IReadOnlyList<string> ExcludeSchemas { get; init; } = [];

    /// <summary>Whether profiling may read sample values (for classification). Off unless asked for.</summary>
    [Id(2)]
    public bool SamplingAllowed { get; init; }

    /// <summary>How many objects a scan harvests and profiles at once.</summary>
    [Id(3)]
    public int MaxParallelism { get; init; } = 8;

    /// <summary>Scan on this interval (e.g. "06:00:00"), by a durable reminder: it fires even after the silo that set it died.</summary>
    [Id(4)]
    public TimeSpan? ScanEvery { get; init; }

    /// <summary>
    /// Or (not with scanEvery) scan at the times of this cron expression: "0 3 * * MON-FRI", 5 fields or 6 with a leading
    /// second, or @hourly, @daily, @weekly, @monthly, @yearly. A durable reminder holds the next time: a time missed while no silo was up scans once, late.
    /// </summary>
    [Id(5)]
    public string? ScanSchedule { get; init; }

    /// <summary>The IANA time zone scanSchedule is read in (e.g. "Europe/Berlin"); UTC when absent.</summary>
    [Id(6)]
    public string? ScanTimeZone { get; init; }

    /// <summary>Where the source's data lives (e.g. "eu"), for policies such as "engineers may scan sources in region eu only".</summary>
    [Id(7)]
    public string? Region { get; init; }
}

/// <summary>What a user registers. The connection is a secret: stored encrypted, never returned.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SourceDefinition")]
public sealed record SourceDefinition(string Name, string Type, string Connection, SourceOptions Options);

/// <summary>A scan of a source as the source remembers it (its last one, and its history).</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ScanSummary")]
public sealed record ScanSummary(string Id, ScanStatus Status, DateTimeOffset? FinishedAt);

/// <summary>
/// A source as the API shows it: no secrets, only a redacted description of where it is. <c>NextScanAt</c> is when
/// its schedule next starts a scan (null without one; a scan still running then is not doubled).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SourceView")]
public sealed record SourceView(
    string Id,
    string Name,
    string Type,
    string Location,
    SourceOptions Options,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    ScanSummary? LastScan,
    int AssetCount,
    DateTimeOffset? NextScanAt);

/// <summary>The answer of a connection test.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ConnectionTest")]
public sealed record ConnectionTest(bool Ok, string? Code, string? Message, double Milliseconds);

/// <summary>The answer to "start a scan": the job, and whether this call created it (idempotency).</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ScanStarted")]
public sealed record ScanStarted(string ScanId, ScanStatus Status, bool Created);

/// <summary>The result of a source operation: either a value or a stable error code with its reason.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SourceResult`1")]
public sealed record SourceResult<T>(T? Value, string? ErrorCode = null, string? Error = null)
{
    public bool Succeeded => ErrorCode is null;
}

public static class SourceResult
{
    public static SourceResult<T> Ok<T>(T value) => new(value);

    public static SourceResult<T> Fail<T>(string code, string error) => new(default, code, error);
}

/// <summary>One asset the source knows from its last scan, with its type and the fingerprint it had.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.KnownAsset")]
public sealed record KnownAsset(string QualifiedName, AssetType Type, string Fingerprint, DateTimeOffset LastSeenAt);
