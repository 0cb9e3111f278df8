namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// Imports that need no reference, as in Confluent's registry, which bundles Google's well-known
/// types, google.type and its own confluent/*.proto files. Their types are registered as opaque
/// messages (or enums) so fields can use them.
/// </summary>
internal static class ProtoWellKnown
{
    private static readonly string[] GoogleProtobufMessages =
    [
        "Any", "Api", "BoolValue", "BytesValue", "DoubleValue", "Duration", "Empty", "Enum", "EnumValue", "Field",
        "FieldMask", "FloatValue", "Int32Value", "Int64Value", "ListValue", "Method", "Mixin", "Option",
        "SourceContext", "StringValue", "Struct", "Timestamp", "Type", "UInt32Value", "UInt64Value", "Value",
        "FileDescriptorSet", "FileDescriptorProto", "DescriptorProto", "FieldDescriptorProto", "OneofDescriptorProto",
        "EnumDescriptorProto", "EnumValueDescriptorProto", "ServiceDescriptorProto", "MethodDescriptorProto",
        "FileOptions", "MessageOptions", "FieldOptions", "OneofOptions", "EnumOptions", "EnumValueOptions",
        "ServiceOptions", "MethodOptions", "ExtensionRangeOptions", "UninterpretedOption", "SourceCodeInfo",
        "GeneratedCodeInfo", "FeatureSet",
    ];

    private static readonly string[] GoogleProtobufEnums = ["NullValue", "Syntax"];

    private static readonly string[] GoogleTypeMessages =
    [
        "Color", "Date", "DateTime", "Decimal", "Expr", "Fraction", "Interval", "LatLng", "LocalizedText", "Money",
        "PhoneNumber", "PostalAddress", "Quaternion", "TimeOfDay", "TimeZone",
    ];

    private static readonly string[] GoogleTypeEnums = ["CalendarPeriod", "DayOfWeek", "Month"];

    public static bool IsWellKnown(string importPath) =>
        importPath.StartsWith("google/protobuf/", StringComparison.Ordinal)
        || importPath.StartsWith("google/type/", StringComparison.Ordinal)
        || importPath.StartsWith("confluent/", StringComparison.Ordinal);

    public static void Register(string importPath, ProtoSymbols symbols)
    {
        var (package, messages, enums) = importPath switch
        {
            _ when importPath.StartsWith("google/protobuf/", StringComparison.Ordinal) => ("google.protobuf", GoogleProtobufMessages, GoogleProtobufEnums),
            _ when importPath.StartsWith("google/type/", StringComparison.Ordinal) => ("google.type", GoogleTypeMessages, GoogleTypeEnums),
            "confluent/meta.proto" => ("confluent", ["Meta"], []),
            _ => ("confluent.type", new[] { "Decimal" }, Array.Empty<string>()),
        };
        var types = messages.Select(m => (ProtoTypeElement)new ProtoMessage(m)).Concat(enums.Select(e => new ProtoEnum(e)));
        symbols.Add(types.Where(t => symbols.Get($"{package}.{t.Name}") is null).ToList(), package, package, importPath, 0);
    }
}
