using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>
/// Parses Avro schema JSON into <see cref="AvroType"/> nodes, following the specification's
/// "Schema Declaration" and "Names" sections. Named types defined by references are parsed first into
/// the same name table, as Confluent's registry does. Per-node methods skip tiered compilation
/// (AggressiveOptimization) for the reason given on AvroCompatibility: every new schema a subject
/// checks is parsed once, and unoptimised code made that parse several times slower for seconds.
/// </summary>
internal sealed partial class AvroParser
{
    private const int MaxDepth = 256;

    private static readonly HashSet<string> NamedTypeAttributes = new(StringComparer.Ordinal)
    {
        "type", "name", "namespace", "doc", "aliases", "fields", "symbols", "default", "size", "logicalType",
    };

    private static readonly HashSet<string> FieldAttributes = new(StringComparer.Ordinal)
    {
        "name", "type", "doc", "default", "order", "aliases",
    };

    private readonly Dictionary<string, AvroNamedType> _names = new(StringComparer.Ordinal);
    private readonly List<(AvroRecordType Record, AvroField Field)> _defaults = [];
    private int _depth;

    public IReadOnlyDictionary<string, AvroNamedType> Names => _names;

    public AvroType Parse(JsonElement element)
    {
        var type = ParseType(element, null);
        foreach (var (record, field) in _defaults)
        {
            if (!AvroDefaults.IsValid(field.Type, field.Default))
            {
                throw new AvroSchemaException(
                    $"Invalid default for field {field.Name} in {record.FullName}: {ToJson(field.Default)} not a {AvroWriter.Write(field.Type, AvroWriter.Form.ParsingCanonical)}");
            }
        }

        _defaults.Clear();
        return type;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AvroType ParseType(JsonElement element, string? space)
    {
        if (++_depth > MaxDepth)
        {
            throw new AvroSchemaException($"Schema nesting exceeds {MaxDepth} levels");
        }

        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => Resolve(element.GetString()!, space),
                JsonValueKind.Array => ParseUnion(element, space),
                JsonValueKind.Object => ParseObject(element, space),
                _ => throw new AvroSchemaException($"Not a schema: {element.GetRawText()}"),
            };
        }
        finally
        {
            _depth--;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AvroType Resolve(string name, string? space)
    {
        if (AvroPrimitiveType.Names.TryGetValue(name, out var kind))
        {
            return new AvroPrimitiveType(kind);
        }

        // Java's Names.get: the name in the enclosing namespace first, then as written.
        if (!name.Contains('.') && !string.IsNullOrEmpty(space) && _names.TryGetValue($"{space}.{name}", out var inSpace))
        {
            return inSpace;
        }

        if (_names.TryGetValue(name, out var named))
        {
            return named;
        }

        throw new AvroSchemaException($"\"{name}\" is not a defined name. The type must be a primitive, a defined name or a {{\"type\": ...}} expression");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AvroUnionType ParseUnion(JsonElement element, string? space)
    {
        var branches = new List<AvroType>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in element.EnumerateArray())
        {
            var branch = ParseType(item, space);
            if (branch.Kind == AvroKind.Union)
            {
                throw new AvroSchemaException($"Nested union: {element.GetRawText()}");
            }

            var key = branch is AvroNamedType named ? named.FullName : branch.TypeName;
            if (!seen.Add(key))
            {
                throw new AvroSchemaException($"Duplicate in union: {key}");
            }

            branches.Add(branch);
        }

        return new AvroUnionType(branches);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AvroType ParseObject(JsonElement element, string? space)
    {
        if (!element.TryGetProperty("type", out var typeElement))
        {
            throw new AvroSchemaException($"No type: {element.GetRawText()}");
        }

        if (typeElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return ParseType(typeElement, space);
        }

        if (typeElement.ValueKind != JsonValueKind.String)
        {
            throw new AvroSchemaException($"Type is not a string: {element.GetRawText()}");
        }

        var typeName = typeElement.GetString()!;
        AvroType result = typeName switch
        {
            "record" or "error" => ParseRecord(element, space, typeName == "error"),
            "enum" => ParseEnum(element, space),
            "fixed" => ParseFixed(element, space),
            "array" => new AvroArrayType(ParseType(Required(element, "items", "Array has no items type"), space)),
            "map" => new AvroMapType(ParseType(Required(element, "values", "Map has no values type"), space)),
            _ when AvroPrimitiveType.Names.TryGetValue(typeName, out var kind) => new AvroPrimitiveType(kind),
            _ => Resolve(typeName, space),
        };

        if (result is AvroNamedType && typeName is not ("record" or "error" or "enum" or "fixed"))
        {
            return result;
        }

        if (element.TryGetProperty("logicalType", out var logical) && logical.ValueKind == JsonValueKind.String)
        {
            result.LogicalType = logical.GetString();
        }

        result.Properties = CustomProperties(element, NamedTypeAttributes);
        return result;
    }

    private static JsonElement Required(JsonElement element, string name, string message) =>
        element.TryGetProperty(name, out var value) ? value : throw new AvroSchemaException($"{message}: {element.GetRawText()}");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? OptionalString(JsonElement element, string name, string owner)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new AvroSchemaException($"\"{name}\" of {owner} must be a string: {value.GetRawText()}");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static KeyValuePair<string, JsonNode?>[] CustomProperties(JsonElement element, HashSet<string> reserved)
    {
        // Most nodes have none: no list for them (a wide schema has a node per field and per type).
        List<KeyValuePair<string, JsonNode?>>? found = null;
        foreach (var property in element.EnumerateObject())
        {
            if (!reserved.Contains(property.Name))
            {
                (found ??= []).Add(new KeyValuePair<string, JsonNode?>(property.Name, JsonNode.Parse(property.Value.GetRawText())));
            }
        }

        return found is null ? [] : [.. found];
    }

    private static string ToJson(JsonNode? node) => node?.ToJsonString() ?? "null";
}
