using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Json;

internal sealed partial class JsonSchemaLoader
{
    private static readonly string[] ObjectKeywords = ["properties", "required", "additionalProperties", "patternProperties", "dependencies", "minProperties", "maxProperties", "propertyNames"];
    private static readonly string[] ArrayKeywords = ["items", "additionalItems", "minItems", "maxItems", "uniqueItems", "contains"];
    private static readonly string[] NumberKeywords = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
    private static readonly string[] StringKeywords = ["minLength", "maxLength", "pattern", "format"];
    private static readonly HashSet<string> TypeNames = new(StringComparer.Ordinal) { "object", "array", "string", "number", "integer", "boolean", "null" };

    private void AddTypeSchemas(JsonObject obj, string document, List<JsonSchemaNode> parts)
    {
        var canonical = JsonCanonical.Write(obj);
        if (!obj.TryGetPropertyValue("type", out var type))
        {
            // No "type": each kind of keyword present constrains only values of its own kind.
            if (ObjectKeywords.Any(obj.ContainsKey))
            {
                parts.Add(ForType("object", obj, document, canonical));
            }

            if (ArrayKeywords.Any(obj.ContainsKey))
            {
                parts.Add(ForType("array", obj, document, canonical));
            }

            if (NumberKeywords.Any(obj.ContainsKey))
            {
                parts.Add(ForType("number", obj, document, canonical));
            }

            if (StringKeywords.Any(obj.ContainsKey))
            {
                parts.Add(ForType("string", obj, document, canonical));
            }

            return;
        }

        if (type is JsonArray names)
        {
            if (names.Count == 0 || names.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out _)))
            {
                throw new JsonSchemaException("\"type\" must be a type name or a non-empty array of type names");
            }

            parts.Add(new JsonCombinedSchema
            {
                Criterion = JsonCombination.AnyOf,
                Subschemas = names.Select(n => ForType(TypeName(n!.GetValue<string>()), obj, document, canonical)).ToList(),
                Canonical = canonical + "#type",
            });
            return;
        }

        if (type is not JsonValue single || !single.TryGetValue<string>(out var name))
        {
            throw new JsonSchemaException("\"type\" must be a type name or a non-empty array of type names");
        }

        parts.Add(ForType(TypeName(name), obj, document, canonical));
    }

    private static string TypeName(string name) =>
        TypeNames.Contains(name) ? name : throw new JsonSchemaException($"Unknown type \"{name}\"");

    private JsonSchemaNode ForType(string type, JsonObject obj, string document, string canonical)
    {
        JsonSchemaNode node = type switch
        {
            "object" => LoadObjectKeywords(obj, document),
            "array" => LoadArrayKeywords(obj, document),
            "string" => LoadStringKeywords(obj),
            "number" or "integer" => LoadNumberKeywords(obj, type == "integer"),
            "boolean" => new JsonBooleanSchema(),
            _ => new JsonNullSchema(),
        };
        node.Canonical = canonical + "#" + type;
        return node;
    }

    private static JsonStringSchema LoadStringKeywords(JsonObject obj)
    {
        var pattern = String(obj, "pattern");
        if (obj.ContainsKey("pattern") && pattern is null)
        {
            throw new JsonSchemaException("\"pattern\" must be a string");
        }

        if (pattern is not null)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new JsonSchemaException($"Invalid \"pattern\" {pattern}: {e.Message}");
            }
        }

        return new JsonStringSchema
        {
            MinLength = Count(obj, "minLength"),
            MaxLength = Count(obj, "maxLength"),
            Pattern = pattern,
            Format = String(obj, "format"),
        };
    }

    private static JsonNumberSchema LoadNumberKeywords(JsonObject obj, bool integer)
    {
        var multipleOf = Number(obj, "multipleOf");
        if (multipleOf <= 0)
        {
            throw new JsonSchemaException("\"multipleOf\" must be greater than 0");
        }

        return new JsonNumberSchema
        {
            RequiresInteger = integer,
            Minimum = Number(obj, "minimum"),
            Maximum = Number(obj, "maximum"),
            // Draft-04 spells these as booleans that modify minimum/maximum; only the numeric form is a limit.
            ExclusiveMinimum = obj["exclusiveMinimum"] is JsonValue v1 && v1.GetValueKind() == System.Text.Json.JsonValueKind.Number ? Number(obj, "exclusiveMinimum") : null,
            ExclusiveMaximum = obj["exclusiveMaximum"] is JsonValue v2 && v2.GetValueKind() == System.Text.Json.JsonValueKind.Number ? Number(obj, "exclusiveMaximum") : null,
            MultipleOf = multipleOf,
        };
    }

    private static decimal? Number(JsonObject obj, string name)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False && name.StartsWith("exclusive", StringComparison.Ordinal))
        {
            return null;
        }

        return node is JsonValue number && decimal.TryParse(number.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new JsonSchemaException($"\"{name}\" must be a number");
    }

    private static int? Count(JsonObject obj, string name)
    {
        var number = Number(obj, name);
        if (number is null)
        {
            return null;
        }

        return number is >= 0 and <= int.MaxValue && number == decimal.Truncate(number.Value)
            ? (int)number.Value
            : throw new JsonSchemaException($"\"{name}\" must be a non-negative integer");
    }
}
