namespace DataSpine.Grains.Catalog.Sources;

/// <summary>Configuration section "Sources": what sources may read on this node, how much, and for how long (docs/configuration.md).</summary>
public sealed class SourcesOptions
{
    /// <summary>The folders files and sqlite sources may read below; empty means the node's own data/sources.</summary>
    public List<string> AllowedRoots { get; set; } = [];

    /// <summary>A data file larger than this is that object's error (source_too_large), not read.</summary>
    public long MaxFileBytes { get; set; } = 256L << 20;

    /// <summary>A longer line (or CSV record) makes the file unreadable instead of filling memory.</summary>
    public int MaxLineChars { get; set; } = 1 << 20;

    /// <summary>A file with more columns (header fields or JSON keys) is unreadable.</summary>
    public int MaxColumns { get; set; } = 1000;

    /// <summary>Rows of a file that feed its statistics and sampled values; the rest are only counted.</summary>
    public int MaxSampledRows { get; set; } = 100_000;

    /// <summary>Connecting to a source or opening it, and a connection test.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Listing a source's objects and their schemas (one bulk pass).</summary>
    public TimeSpan HarvestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Profiling one object; past it the object gets source_timeout and the scan goes on.</summary>
    public TimeSpan ObjectTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A scan whose silo crashed (or hung) under it this many times is failed with scan_poisoned, not resumed again.</summary>
    public int MaxScanCrashes { get; set; } = 3;

    /// <summary>Rows read to infer a file's columns.</summary>
    public int InferenceRows => Math.Min(1000, MaxSampledRows);
}
