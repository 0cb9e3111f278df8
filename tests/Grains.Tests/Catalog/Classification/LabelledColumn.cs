using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>One column of the labelled set; <see cref="Expected"/> says what the column holds.</summary>
internal sealed record LabelledColumn(
    string Name, string? DataType, IReadOnlyList<string?> Values, IReadOnlyList<string> Expected, string? TableName)
{
    public ColumnSample ToSample(bool withValues) =>
        new(Name, DataType, withValues ? Values : null, TableName: TableName);

    public override string ToString() => TableName is null ? Name : $"{TableName}.{Name}";
}
