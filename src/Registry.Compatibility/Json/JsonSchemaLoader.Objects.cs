using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Json;

internal sealed partial class JsonSchemaLoader
{
    private JsonObjectSchema LoadObjectKeywords(JsonObject obj, string document)
    {
        var schema = new JsonObjectSchema
        {
            MinProperties = Count(obj, "minProperties"),
            MaxProperties = Count(obj, "maxProperties"),
        };
        foreach (var (name, property) in Members(obj, "properties"))
        {
            schema.Properties[name] = Load(property, document);
        }

        foreach (var (pattern, property) in Members(obj, "patternProperties"))
        {
            schema.PatternProperties.Add((pattern, Load(property, document)));
        }

        if (obj.TryGetPropertyValue("required", out var required))
        {
            if (required is not JsonArray names || names.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out _)))
            {
                throw new JsonSchemaException("\"required\" must be an array of property names");
            }

            schema.Required.AddRange(names.Select(n => n!.GetValue<string>()));
        }

        if (obj.TryGetPropertyValue("additionalProperties", out var additional))
        {
            if (additional is JsonValue flag && flag.TryGetValue<bool>(out var permits))
            {
                schema.PermitsAdditionalProperties = permits;
            }
            else
            {
                schema.AdditionalPropertiesSchema = additional is JsonObject
                    ? Load(additional, document)
                    : throw new JsonSchemaException("\"additionalProperties\" must be a boolean or a schema");
            }
        }

        foreach (var (name, dependency) in Members(obj, "dependencies"))
        {
            if (dependency is JsonArray names)
            {
                schema.PropertyDependencies[name] = names.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new JsonSchemaException("Property dependencies must be arrays of names")).ToHashSet(StringComparer.Ordinal);
            }
            else
            {
                schema.SchemaDependencies[name] = Load(dependency, document);
            }
        }

        return schema;
    }

    private JsonArraySchema LoadArrayKeywords(JsonObject obj, string document)
    {
        var schema = new JsonArraySchema
        {
            MinItems = Count(obj, "minItems"),
            MaxItems = Count(obj, "maxItems"),
            UniqueItems = obj["uniqueItems"] is JsonValue unique && unique.TryGetValue<bool>(out var isUnique) && isUnique,
        };
        if (obj.TryGetPropertyValue("items", out var items))
        {
            if (items is JsonArray list)
            {
                schema.ItemSchemas = list.Select(i => Load(i, document)).ToList();
            }
            else
            {
                schema.AllItems = Load(items, document);
            }
        }

        if (obj.TryGetPropertyValue("additionalItems", out var additional))
        {
            if (additional is JsonValue flag && flag.TryGetValue<bool>(out var permits))
            {
                schema.PermitsAdditionalItems = permits;
            }
            else
            {
                schema.AdditionalItemsSchema = additional is JsonObject
                    ? Load(additional, document)
                    : throw new JsonSchemaException("\"additionalItems\" must be a boolean or a schema");
            }
        }

        return schema;
    }

    private static List<KeyValuePair<string, JsonNode?>> Members(JsonObject obj, string name)
    {
        if (!obj.TryGetPropertyValue(name, out var value))
        {
            return [];
        }

        return value is JsonObject members ? members.ToList() : throw new JsonSchemaException($"\"{name}\" must be an object");
    }
}
