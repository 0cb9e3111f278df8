using DataSpine.Registry.Compatibility.Avro;
using DataSpine.Registry.Compatibility.Json;
using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Registry.Compatibility;

/// <summary>The schema formats by wire name; a missing schema type means AVRO, as in Confluent's API.</summary>
public static class SchemaFormats
{
    private static readonly Dictionary<string, ISchemaFormat> ByType = new(StringComparer.OrdinalIgnoreCase)
    {
        [SchemaTypes.Avro] = new AvroFormat(),
        [SchemaTypes.Json] = new JsonSchemaFormat(),
        [SchemaTypes.Protobuf] = new ProtobufFormat(),
    };

    public static IReadOnlyCollection<string> SupportedTypes { get; } = [SchemaTypes.Avro, SchemaTypes.Json, SchemaTypes.Protobuf];

    public static bool TryGet(string? schemaType, out ISchemaFormat format) =>
        ByType.TryGetValue(string.IsNullOrWhiteSpace(schemaType) ? SchemaTypes.Avro : schemaType.Trim(), out format!);
}
