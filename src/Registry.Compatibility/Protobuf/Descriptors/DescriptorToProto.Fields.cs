using System.Globalization;
using Google.Protobuf.Reflection;

namespace DataSpine.Registry.Compatibility.Protobuf.Descriptors;

internal static partial class DescriptorToProto
{
    private static ProtoField Field(FieldDescriptorProto field, bool proto3, IReadOnlyDictionary<string, DescriptorProto> mapEntries)
    {
        var options = Options.Of(field.Options).ToList();
        if (!string.IsNullOrEmpty(field.DefaultValue))
        {
            options.Add(new ProtoOption("default", DefaultValue(field)));
        }

        if (field.type == FieldDescriptorProto.Type.TypeMessage && MapEntry(field.TypeName, mapEntries) is { } entry)
        {
            var key = TypeOf(entry.Fields.Single(f => f.Number == 1));
            var value = TypeOf(entry.Fields.Single(f => f.Number == 2));
            return new ProtoField(ProtoLabel.None, $"map<{key}, {value}>", field.Name, field.Number, options) { MapKey = key, MapValue = value };
        }

        var label = field.label switch
        {
            FieldDescriptorProto.Label.LabelRepeated => ProtoLabel.Repeated,
            FieldDescriptorProto.Label.LabelRequired => ProtoLabel.Required,
            _ when field.Proto3Optional || !proto3 => ProtoLabel.Optional,
            _ => ProtoLabel.None,
        };
        return new ProtoField(label, TypeOf(field), field.Name, field.Number, options);
    }

    private static DescriptorProto? MapEntry(string typeName, IReadOnlyDictionary<string, DescriptorProto> mapEntries)
    {
        var simple = typeName[(typeName.LastIndexOf('.') + 1)..];
        return mapEntries.TryGetValue(simple, out var entry) ? entry : null;
    }

    private static string TypeOf(FieldDescriptorProto field) => field.type switch
    {
        FieldDescriptorProto.Type.TypeDouble => "double",
        FieldDescriptorProto.Type.TypeFloat => "float",
        FieldDescriptorProto.Type.TypeInt64 => "int64",
        FieldDescriptorProto.Type.TypeUint64 => "uint64",
        FieldDescriptorProto.Type.TypeInt32 => "int32",
        FieldDescriptorProto.Type.TypeFixed64 => "fixed64",
        FieldDescriptorProto.Type.TypeFixed32 => "fixed32",
        FieldDescriptorProto.Type.TypeBool => "bool",
        FieldDescriptorProto.Type.TypeString => "string",
        FieldDescriptorProto.Type.TypeBytes => "bytes",
        FieldDescriptorProto.Type.TypeUint32 => "uint32",
        FieldDescriptorProto.Type.TypeSfixed32 => "sfixed32",
        FieldDescriptorProto.Type.TypeSfixed64 => "sfixed64",
        FieldDescriptorProto.Type.TypeSint32 => "sint32",
        FieldDescriptorProto.Type.TypeSint64 => "sint64",
        _ => field.TypeName,
    };

    /// <summary>Descriptors hold defaults unquoted; .proto wants strings and bytes quoted.</summary>
    private static string DefaultValue(FieldDescriptorProto field) =>
        field.type is FieldDescriptorProto.Type.TypeString or FieldDescriptorProto.Type.TypeBytes
            ? ProtoParser.Quote(field.DefaultValue)
            : field.type is FieldDescriptorProto.Type.TypeFloat or FieldDescriptorProto.Type.TypeDouble
                && double.TryParse(field.DefaultValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number.ToString("R", CultureInfo.InvariantCulture)
                : field.DefaultValue;
}
