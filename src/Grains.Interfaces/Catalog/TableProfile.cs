namespace DataSpine.Grains.Catalog;

/// <summary>
/// Statistics of one column; min/max only for orderable types. <see cref="Masked"/> is true in an answer whose
/// caller a policy denies <c>read-sample</c> on the column: min and max are then null (docs/policies.md).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ColumnProfile")]
public sealed record ColumnProfile(string Column, double NullFraction, long DistinctEstimate, string? Min, string? Max, bool Masked = false);

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
