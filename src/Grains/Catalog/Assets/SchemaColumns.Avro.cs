using System.Text.Json;

namespace DataSpine.Grains.Catalog.Assets;

internal static partial class SchemaColumns
{
    private static List<ColumnInfo> FromAvro(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var columns = new List<ColumnInfo>();
        foreach (var field in fields.EnumerateArray())
        {
            if (field.ValueKind != JsonValueKind.Object || Text(field, "name") is not { } name || !field.TryGetProperty("type", out var type))
            {
                continue;
            }

            var (display, nullable) = AvroType(type);
            columns.Add(new ColumnInfo(name, columns.Count + 1, display, nullable, Text(field, "default"), Text(field, "doc")));
        }

        return columns;
    }

    /// <summary>"long", "string (uuid)", "array&lt;string&gt;", a record's name; a union with null is nullable.</summary>
    private static (string Type, bool Nullable) AvroType(JsonElement type)
    {
        switch (type.ValueKind)
        {
            case JsonValueKind.String:
                return (type.GetString()!, type.GetString() == "null");
            case JsonValueKind.Array:
                var branches = type.EnumerateArray().Select(AvroType).ToList();
                var named = branches.Where(b => b.Type != "null").Select(b => b.Type).ToList();
                return (named.Count == 1 ? named[0] : $"union<{string.Join(',', named)}>", branches.Any(b => b.Nullable));
            case JsonValueKind.Object when type.TryGetProperty("type", out var inner) && inner.ValueKind != JsonValueKind.String:
                return AvroType(inner);
            case JsonValueKind.Object:
                var kind = Text(type, "type") ?? "any";
                var logical = Text(type, "logicalType") is { } l ? $" ({l})" : "";
                var shown = kind switch
                {
                    "record" or "enum" or "fixed" => Text(type, "name") ?? kind,
                    "array" => $"array<{(type.TryGetProperty("items", out var items) ? AvroType(items).Type : "any")}>",
                    "map" => $"map<{(type.TryGetProperty("values", out var values) ? AvroType(values).Type : "any")}>",
                    _ => kind,
                };
                return (shown + logical, false);
            default:
                return ("any", true);
        }
    }
}
