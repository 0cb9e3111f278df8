namespace DataSpine.Grains.Catalog;

/// <summary>Which schemas a scan covers (include empty: all but system schemas) and how it profiles.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.ScanScope")]
public sealed record ScanScope(
    IReadOnlyList<string> IncludeSchemas,
    IReadOnlyList<string> ExcludeSchemas,
    bool SamplingAllowed = false,
    int SampleRows = 1000,
    int SampleValuesPerColumn = 20)
{
    public static ScanScope Everything { get; } = new([], []);

    public bool Covers(string? schema) =>
        schema is null
        || (IncludeSchemas.Count == 0 || IncludeSchemas.Contains(schema, StringComparer.OrdinalIgnoreCase))
        && !ExcludeSchemas.Contains(schema, StringComparer.OrdinalIgnoreCase);
}
