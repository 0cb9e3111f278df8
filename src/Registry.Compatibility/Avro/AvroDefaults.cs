using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>
/// Field default validation (specification, "Complex Types / Records", the default value table).
/// A union default may match any branch: the specification says the first, but the Java
/// implementation that Confluent's registry runs accepts any, and registries must agree on which
/// schemas are valid.
/// </summary>
internal static class AvroDefaults
{
    public static bool IsValid(AvroType type, JsonNode? value) => IsValid(type, value, []);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsValid(AvroType type, JsonNode? value, HashSet<AvroType> visiting)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        switch (type)
        {
            case AvroUnionType union:
                return union.Branches.Any(b => IsValid(b, value, visiting));
            case AvroRecordType record:
                if (value is not JsonObject obj || !visiting.Add(record))
                {
                    return value is JsonObject;
                }

                try
                {
                    return record.Fields.All(f => obj.TryGetPropertyValue(f.Name, out var v)
                        ? IsValid(f.Type, v, visiting)
                        : f.HasDefault);
                }
                finally
                {
                    visiting.Remove(record);
                }

            case AvroEnumType enumType:
                return kind == JsonValueKind.String && enumType.Symbols.Contains(value!.GetValue<string>());
            case AvroArrayType array:
                return value is JsonArray items && items.All(i => IsValid(array.Items, i, visiting));
            case AvroMapType map:
                return value is JsonObject entries && entries.All(e => IsValid(map.Values, e.Value, visiting));
            case AvroFixedType:
                return kind == JsonValueKind.String;
            default:
                return IsValidPrimitive(type.Kind, value, kind);
        }
    }

    private static bool IsValidPrimitive(AvroKind type, JsonNode? value, JsonValueKind kind) => type switch
    {
        AvroKind.Null => kind == JsonValueKind.Null,
        AvroKind.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
        AvroKind.Int => kind == JsonValueKind.Number && int.TryParse(value!.ToJsonString(), out _),
        AvroKind.Long => kind == JsonValueKind.Number && long.TryParse(value!.ToJsonString(), out _),
        AvroKind.Float or AvroKind.Double => kind == JsonValueKind.Number
            || (kind == JsonValueKind.String && value!.GetValue<string>() is "NaN" or "Infinity" or "-Infinity"),
        AvroKind.Bytes or AvroKind.String => kind == JsonValueKind.String,
        _ => false,
    };
}
