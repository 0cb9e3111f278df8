namespace DataSpine.SqlLineage.Resolution;

/// <summary>
/// How a source column reaches a value, as OpenLineage's transformation type and subtype: DIRECT subtypes
/// (the value flows) and INDIRECT ones (the column only steers). A lineage entry may carry several.
/// </summary>
[Flags]
internal enum EdgeFlags : ushort
{
    None = 0,
    Identity = 1,
    Transformation = 2,
    Aggregation = 4,
    Join = 8,
    GroupBy = 16,
    Filter = 32,
    Sort = 64,
    Window = 128,
    Conditional = 256,

    Direct = Identity | Transformation | Aggregation,
    Indirect = Join | GroupBy | Filter | Sort | Window | Conditional,
}
