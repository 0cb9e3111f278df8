namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroPrimitiveType(AvroKind kind) : AvroType(kind)
{
    internal static readonly IReadOnlyDictionary<string, AvroKind> Names = new Dictionary<string, AvroKind>(StringComparer.Ordinal)
    {
        ["null"] = AvroKind.Null,
        ["boolean"] = AvroKind.Boolean,
        ["int"] = AvroKind.Int,
        ["long"] = AvroKind.Long,
        ["float"] = AvroKind.Float,
        ["double"] = AvroKind.Double,
        ["bytes"] = AvroKind.Bytes,
        ["string"] = AvroKind.String,
    };
}
