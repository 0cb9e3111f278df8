using System.Text.Json;

namespace DataSpine.Grains.Registry.Lint;

/// <summary>
/// Fields of an Avro schema, from its JSON. A PII tag is <c>"pii": true</c> or "PII" in
/// <c>confluent:tags</c>; a retention hint is a <c>"retain"</c> property or "retain=" in the doc.
/// </summary>
internal static class AvroFields
{
    public static List<LintField> Of(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText, new JsonDocumentOptions { MaxDepth = 512 });
        var fields = new List<LintField>();
        Walk(document.RootElement, "", fields);
        return fields;
    }

    private static void Walk(JsonElement type, string path, List<LintField> fields)
    {
        switch (type.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var branch in type.EnumerateArray())
                {
                    Walk(branch, path, fields);
                }

                break;
            case JsonValueKind.Object:
                var kind = Text(type, "type");
                if (kind is "record" or "error" && type.TryGetProperty("fields", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    var recordPath = Text(type, "name") ?? path;
                    foreach (var field in list.EnumerateArray())
                    {
                        AddField(field, recordPath, fields);
                    }
                }
                else if (kind == "array" && type.TryGetProperty("items", out var items))
                {
                    Walk(items, path, fields);
                }
                else if (kind == "map" && type.TryGetProperty("values", out var values))
                {
                    Walk(values, path, fields);
                }
                else if (type.TryGetProperty("type", out var inner) && inner.ValueKind != JsonValueKind.String)
                {
                    Walk(inner, path, fields);
                }

                break;
        }
    }

    private static void AddField(JsonElement field, string recordPath, List<LintField> fields)
    {
        var name = Text(field, "name") ?? "";
        var path = $"{recordPath}.{name}";
        var doc = Text(field, "doc");
        var tagged = (field.TryGetProperty("pii", out var pii) && pii.ValueKind == JsonValueKind.True) || HasPiiTag(field);
        var retention = field.TryGetProperty("retain", out _) || SchemaLinter.MentionsRetention(doc);
        if (field.TryGetProperty("type", out var type))
        {
            fields.Add(new LintField(path, name, doc, IsText(type), tagged, retention));
            Walk(type, path, fields);
        }
    }

    private static bool HasPiiTag(JsonElement field) =>
        field.TryGetProperty("confluent:tags", out var tags) && tags.ValueKind == JsonValueKind.Array
        && tags.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && string.Equals(t.GetString(), "PII", StringComparison.OrdinalIgnoreCase));

    private static bool IsText(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString() is "string" or "bytes",
        JsonValueKind.Array => type.EnumerateArray().Any(IsText),
        JsonValueKind.Object => Text(type, "type") is "string" or "bytes",
        _ => false,
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
