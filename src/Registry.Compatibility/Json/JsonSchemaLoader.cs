using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Json;

/// <summary>
/// Loads a JSON Schema document (draft-04 to draft-07 keywords) into <see cref="JsonSchemaNode"/>s,
/// the way Everit's SchemaLoader does. <c>$ref</c> targets are loaded once and shared, so recursive
/// schemas terminate; external targets are looked up among the references by name.
/// </summary>
internal sealed partial class JsonSchemaLoader
{
    private const int MaxDepth = 128;

    private readonly JsonNode _root;
    private readonly IReadOnlyList<ResolvedReference> _references;
    private readonly Dictionary<string, JsonNode> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonSchemaNode> _targets = new(StringComparer.Ordinal);
    private readonly List<(JsonReferenceSchema Schema, string Document)> _pending = [];
    private int _depth;

    public JsonSchemaLoader(JsonNode root, IReadOnlyList<ResolvedReference> references)
    {
        _root = root;
        _references = references;
    }

    public JsonSchemaNode Load()
    {
        var schema = Load(_root, "");
        _targets["#"] = schema;
        for (var i = 0; i < _pending.Count; i++)
        {
            var (reference, document) = _pending[i];
            reference.Referred = Target(reference.Reference, document);
        }

        return schema;
    }

    private JsonSchemaNode Load(JsonNode? node, string document)
    {
        if (++_depth > MaxDepth)
        {
            throw new JsonSchemaException($"Schema nesting exceeds {MaxDepth} levels");
        }

        try
        {
            return node switch
            {
                JsonValue value when value.TryGetValue<bool>(out var b) => b
                    ? new JsonEmptySchema { Canonical = "true" }
                    : new JsonFalseSchema { Canonical = "false" },
                JsonObject obj => LoadObject(obj, document),
                _ => throw new JsonSchemaException($"A schema must be an object or a boolean, not {node?.ToJsonString() ?? "null"}"),
            };
        }
        finally
        {
            _depth--;
        }
    }

    private JsonSchemaNode LoadObject(JsonObject obj, string document)
    {
        var canonical = JsonCanonical.Write(obj);
        JsonSchemaNode result;
        if (obj["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference))
        {
            var referenceSchema = new JsonReferenceSchema { Reference = reference };
            _pending.Add((referenceSchema, document));
            result = referenceSchema;
        }
        else
        {
            var parts = new List<JsonSchemaNode>();
            AddTypeSchemas(obj, document, parts);
            AddGenericSchemas(obj, document, parts);
            result = parts.Count switch
            {
                0 => new JsonEmptySchema(),
                1 => parts[0],
                _ => new JsonCombinedSchema { Criterion = JsonCombination.AllOf, Subschemas = parts },
            };
        }

        result.Canonical = canonical;
        result.Id = String(obj, "$id") ?? String(obj, "id");
        result.Title = String(obj, "title");
        result.Description = String(obj, "description");
        if (obj.TryGetPropertyValue("default", out var defaultValue))
        {
            result.HasDefault = true;
            result.Default = defaultValue?.DeepClone();
        }

        return result;
    }

    private void AddGenericSchemas(JsonObject obj, string document, List<JsonSchemaNode> parts)
    {
        if (obj.TryGetPropertyValue("enum", out var enumValues))
        {
            if (enumValues is not JsonArray values)
            {
                throw new JsonSchemaException("\"enum\" must be an array");
            }

            parts.Add(new JsonEnumSchema { Values = values.Select(JsonCanonical.Write).ToHashSet(StringComparer.Ordinal), Canonical = JsonCanonical.Write(obj) + "#enum" });
        }

        if (obj.TryGetPropertyValue("const", out var constValue))
        {
            parts.Add(new JsonConstSchema { Value = JsonCanonical.Write(constValue), Canonical = JsonCanonical.Write(obj) + "#const" });
        }

        if (obj.TryGetPropertyValue("not", out var not))
        {
            parts.Add(new JsonNotSchema { MustNotMatch = Load(not, document), Canonical = JsonCanonical.Write(obj) + "#not" });
        }

        foreach (var (keyword, criterion) in new[] { ("allOf", JsonCombination.AllOf), ("anyOf", JsonCombination.AnyOf), ("oneOf", JsonCombination.OneOf) })
        {
            if (!obj.TryGetPropertyValue(keyword, out var list))
            {
                continue;
            }

            if (list is not JsonArray { Count: > 0 } array)
            {
                throw new JsonSchemaException($"\"{keyword}\" must be a non-empty array of schemas");
            }

            parts.Add(new JsonCombinedSchema
            {
                Criterion = criterion,
                Subschemas = array.Select(s => Load(s, document)).ToList(),
                Canonical = JsonCanonical.Write(obj) + "#" + keyword,
            });
        }
    }

    private static string? String(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
