namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>Scalar value types (language specification, "Fields") and their wire-compatible groups.</summary>
internal static class ProtoScalars
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
        "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes",
    };

    public static bool IsScalar(string type) => Names.Contains(type);

    public static bool IsValidMapKey(string type) => IsScalar(type) && type is not ("double" or "float" or "bytes");
}
