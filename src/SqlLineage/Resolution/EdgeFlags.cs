namespace DataSpine.SqlLineage.Resolution;

[Flags]
internal enum EdgeFlags : byte
{
    None = 0,
    Direct = 1,
    Indirect = 2,
}
