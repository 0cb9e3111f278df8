namespace DataSpine.Grains.Catalog;

/// <summary>Statistics of one column; min/max only for orderable types.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ColumnProfile")]
public sealed record ColumnProfile(string Column, double NullFraction, long DistinctEstimate, string? Min, string? Max);

/// <summary>
/// What profiling found: row count (exact or from the sample), per-column statistics and, when sampling
/// is allowed, a few sampled values per column for the classifiers.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TableProfile")]
public sealed record TableProfile(
    long RowCount,
    bool Sampled,
    IReadOnlyList<ColumnProfile> Columns,
    IReadOnlyDictionary<string, IReadOnlyList<string?>> SampleValues);
