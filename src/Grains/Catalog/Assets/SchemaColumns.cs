using System.Text.Json;
using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>
/// A topic's columns, read from its value schema's top-level fields: an Avro record's fields or a JSON
/// Schema object's properties. Nested fields stay inside their column's type; Protobuf gives none.
/// </summary>
internal static partial class SchemaColumns
{
    public static IReadOnlyList<ColumnInfo> From(string schemaType, string schema)
    {
        try
        {
            using var document = JsonDocument.Parse(schema);
            var root = document.RootElement;
            return schemaType.ToUpperInvariant() switch
            {
                SchemaTypes.Avro => FromAvro(root),
                SchemaTypes.Json => FromJsonSchema(root),
                _ => [],
            };
        }
        catch (JsonException)
        {
            return []; // the registry parsed it once; text that is not JSON has no fields to show
        }
    }

    private static List<ColumnInfo> FromJsonSchema(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var required = root.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array
            ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        var columns = new List<ColumnInfo>();
        foreach (var property in properties.EnumerateObject())
        {
            var (type, nullable) = JsonType(property.Value);
            columns.Add(new ColumnInfo(property.Name, columns.Count + 1, type, nullable || !required.Contains(property.Name),
                Text(property.Value, "default"), Text(property.Value, "description")));
        }

        return columns;
    }

    private static (string Type, bool Nullable) JsonType(JsonElement property)
    {
        if (property.ValueKind != JsonValueKind.Object)
        {
            return ("any", true);
        }

        if (property.TryGetProperty("$ref", out var reference))
        {
            return (reference.GetString() ?? "any", false);
        }

        var format = property.TryGetProperty("format", out var f) ? $" ({f.GetString()})" : "";
        if (!property.TryGetProperty("type", out var type))
        {
            return ("any", true);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            var types = type.EnumerateArray().Select(t => t.GetString()).OfType<string>().ToList();
            var named = types.Where(t => t != "null").ToList();
            return ((named.Count == 1 ? named[0] : string.Join('|', named)) + format, types.Contains("null"));
        }

        return (type.GetString() + format, type.GetString() == "null");
    }

    /// <summary>A keyword's value as text: strings as they are, anything else as JSON.</summary>
    private static string? Text(JsonElement element, string keyword) =>
        !element.TryGetProperty(keyword, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.GetRawText();
}
