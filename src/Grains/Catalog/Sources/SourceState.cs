namespace DataSpine.Grains.Catalog.Sources;

/// <summary>Durable state of a source. The connection is stored only in protected (encrypted) form.</summary>
public sealed record SourceState
{
    public bool Exists { get; set; }

    public string Name { get; set; } = "";

    public string Type { get; set; } = "";

    public string ProtectedConnection { get; set; } = "";

    public string Location { get; set; } = "";

    public SourceOptions Options { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ScanSummary? LastScan { get; set; }

    /// <summary>The latest scans, newest last, bounded (the scan jobs keep their own details).</summary>
    public List<ScanSummary> Scans { get; set; } = [];

    /// <summary>Idempotency key → scan id, newest last, bounded.</summary>
    public List<KeyValuePair<string, string>> ScanKeys { get; set; } = [];

    public List<KnownAsset> Known { get; set; } = [];
}
