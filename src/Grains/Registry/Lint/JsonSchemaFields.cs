using System.Text.Json;

namespace DataSpine.Grains.Registry.Lint;

/// <summary>
/// Properties of a JSON Schema, from its JSON. A PII tag is <c>"x-pii": true</c> or "PII" in
/// <c>confluent:tags</c>; a retention hint is <c>"x-retain"</c> or "retain=" in the description.
/// </summary>
internal static class JsonSchemaFields
{
    private static readonly string[] SchemaArrays = ["allOf", "anyOf", "oneOf", "prefixItems"];
    private static readonly string[] SchemaMaps = ["definitions", "$defs", "patternProperties"];
    private static readonly string[] SchemaValues = ["items", "additionalProperties", "not", "if", "then", "else", "contains"];

    public static List<LintField> Of(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText, new JsonDocumentOptions { MaxDepth = 512 });
        var fields = new List<LintField>();
        Walk(document.RootElement, "$", fields);
        return fields;
    }

    private static void Walk(JsonElement node, string path, List<LintField> fields)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                var propertyPath = $"{path}.{property.Name}";
                var schema = property.Value;
                if (schema.ValueKind == JsonValueKind.Object)
                {
                    var doc = Text(schema, "description");
                    var tagged = (schema.TryGetProperty("x-pii", out var pii) && pii.ValueKind == JsonValueKind.True) || HasPiiTag(schema);
                    var retention = schema.TryGetProperty("x-retain", out _) || SchemaLinter.MentionsRetention(doc);
                    fields.Add(new LintField(propertyPath, property.Name, doc, IsText(schema), tagged, retention));
                }

                Walk(schema, propertyPath, fields);
            }
        }

        foreach (var name in SchemaValues)
        {
            if (node.TryGetProperty(name, out var value))
            {
                Walk(value, path, fields);
            }
        }

        foreach (var name in SchemaArrays)
        {
            if (node.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    Walk(item, path, fields);
                }
            }
        }

        foreach (var name in SchemaMaps)
        {
            if (node.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in map.EnumerateObject())
                {
                    Walk(entry.Value, $"{path}.{name}.{entry.Name}", fields);
                }
            }
        }
    }

    private static bool IsText(JsonElement schema) =>
        schema.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.String ? type.GetString() == "string"
            : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == "string"));

    private static bool HasPiiTag(JsonElement schema) =>
        schema.TryGetProperty("confluent:tags", out var tags) && tags.ValueKind == JsonValueKind.Array
        && tags.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && string.Equals(t.GetString(), "PII", StringComparison.OrdinalIgnoreCase));

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
