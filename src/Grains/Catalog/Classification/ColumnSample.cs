namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// What the classifier sees of one column: its name, declared type, an optional sample of values
/// (only when the source allows sampling, issue 3) and the comment and table name when known.
/// </summary>
public sealed record ColumnSample(
    string Name,
    string? DataType,
    IReadOnlyList<string?>? Values,
    string? Comment = null,
    string? TableName = null);
