using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Avro;

internal sealed partial class AvroParser
{
    private static (string Name, string? Space) ParseName(JsonElement element, string? space, string what)
    {
        var name = OptionalString(element, "name", what) ?? throw new AvroSchemaException($"No name in {what}: {element.GetRawText()}");
        var explicitSpace = OptionalString(element, "namespace", what);
        var (simple, ns) = AvroNames.Split(name, explicitSpace ?? space);
        if (!name.Contains('.') && explicitSpace is not null)
        {
            ns = explicitSpace.Length == 0 ? null : explicitSpace;
        }

        AvroNames.ValidateName(simple, what);
        AvroNames.ValidateNamespace(ns);
        if (ns is null && AvroPrimitiveType.Names.ContainsKey(simple))
        {
            throw new AvroSchemaException($"Schemas may not be named after primitives: {simple}");
        }

        return (simple, ns);
    }

    private void Register(AvroNamedType type, JsonElement element)
    {
        if (!_names.TryAdd(type.FullName, type))
        {
            throw new AvroSchemaException($"Can't redefine: {type.FullName}");
        }

        type.Doc = OptionalString(element, "doc", type.FullName);
        type.Aliases = ParseAliases(element, type.Namespace, type.FullName);
    }

    private static List<string> ParseAliases(JsonElement element, string? space, string owner)
    {
        if (!element.TryGetProperty("aliases", out var aliases) || aliases.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (aliases.ValueKind != JsonValueKind.Array)
        {
            throw new AvroSchemaException($"Aliases of {owner} must be an array of names: {aliases.GetRawText()}");
        }

        var result = new List<string>();
        foreach (var alias in aliases.EnumerateArray())
        {
            if (alias.ValueKind != JsonValueKind.String)
            {
                throw new AvroSchemaException($"Alias of {owner} is not a string: {alias.GetRawText()}");
            }

            var (simple, ns) = AvroNames.Split(alias.GetString()!, space);
            AvroNames.ValidateName(simple, "alias");
            AvroNames.ValidateNamespace(ns);
            result.Add(ns is null ? simple : $"{ns}.{simple}");
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AvroRecordType ParseRecord(JsonElement element, string? space, bool isError)
    {
        var (name, ns) = ParseName(element, space, "record");
        var record = new AvroRecordType(name, ns, isError);
        Register(record, element);
        var fieldsElement = Required(element, "fields", "Record has no fields");
        if (fieldsElement.ValueKind != JsonValueKind.Array)
        {
            throw new AvroSchemaException($"Fields of {record.FullName} must be an array: {fieldsElement.GetRawText()}");
        }

        var fields = new List<AvroField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fieldElement in fieldsElement.EnumerateArray())
        {
            var field = ParseField(fieldElement, record, fields.Count);
            if (!names.Add(field.Name))
            {
                throw new AvroSchemaException($"Duplicate field {field.Name} in record {record.FullName}");
            }

            fields.Add(field);
        }

        record.Fields = fields;
        return record;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AvroField ParseField(JsonElement element, AvroRecordType record, int position)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new AvroSchemaException($"Field of {record.FullName} is not an object: {element.GetRawText()}");
        }

        // Messages are built only on failure: a wide record has hundreds of fields.
        if (!element.TryGetProperty("name", out var nameElement) || nameElement.ValueKind == JsonValueKind.Null)
        {
            throw new AvroSchemaException($"No field name in {record.FullName}: {element.GetRawText()}");
        }

        var name = nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString()!
            : throw new AvroSchemaException($"\"name\" of a field of {record.FullName} must be a string: {nameElement.GetRawText()}");
        AvroNames.ValidateName(name, "field");
        if (!element.TryGetProperty("type", out var typeElement))
        {
            throw new AvroSchemaException($"No field type for {name} in {record.FullName}: {element.GetRawText()}");
        }

        var field = new AvroField(name, ParseType(typeElement, record.Namespace), position)
        {
            Doc = OptionalString(element, "doc", name),
            Order = OptionalString(element, "order", name),
            Aliases = ParseFieldAliases(element, name),
            Properties = CustomProperties(element, FieldAttributes),
        };
        if (field.Order is not (null or "ascending" or "descending" or "ignore"))
        {
            throw new AvroSchemaException($"Illegal order for field {name}: {field.Order}");
        }

        if (element.TryGetProperty("default", out var defaultValue))
        {
            field.HasDefault = true;
            field.Default = defaultValue.ValueKind == JsonValueKind.Null ? null : JsonNode.Parse(defaultValue.GetRawText());
            _defaults.Add((record, field));
        }

        return field;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> ParseFieldAliases(JsonElement element, string field)
    {
        if (!element.TryGetProperty("aliases", out var aliases) || aliases.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (aliases.ValueKind != JsonValueKind.Array || aliases.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
        {
            throw new AvroSchemaException($"Aliases of field {field} must be an array of names: {aliases.GetRawText()}");
        }

        return aliases.EnumerateArray().Select(a => a.GetString()!).ToList();
    }

    private AvroEnumType ParseEnum(JsonElement element, string? space)
    {
        var (name, ns) = ParseName(element, space, "enum");
        var symbolsElement = Required(element, "symbols", "Enum has no symbols");
        if (symbolsElement.ValueKind != JsonValueKind.Array)
        {
            throw new AvroSchemaException($"Enum symbols must be an array: {symbolsElement.GetRawText()}");
        }

        var symbols = new List<string>();
        foreach (var symbolElement in symbolsElement.EnumerateArray())
        {
            if (symbolElement.ValueKind != JsonValueKind.String)
            {
                throw new AvroSchemaException($"Enum symbol is not a string: {symbolElement.GetRawText()}");
            }

            var symbol = symbolElement.GetString()!;
            AvroNames.ValidateName(symbol, "enum symbol");
            if (symbols.Contains(symbol))
            {
                throw new AvroSchemaException($"Duplicate enum symbol: {symbol}");
            }

            symbols.Add(symbol);
        }

        var type = new AvroEnumType(name, ns, symbols);
        Register(type, element);
        type.Default = OptionalString(element, "default", type.FullName);
        if (type.Default is not null && !symbols.Contains(type.Default))
        {
            throw new AvroSchemaException($"The Enum Default: {type.Default} is not in the enum symbol set: [{string.Join(", ", symbols)}]");
        }

        return type;
    }

    private AvroFixedType ParseFixed(JsonElement element, string? space)
    {
        var (name, ns) = ParseName(element, space, "fixed");
        var size = Required(element, "size", "Invalid or no size");
        if (size.ValueKind != JsonValueKind.Number || !size.TryGetInt32(out var bytes) || bytes < 0)
        {
            throw new AvroSchemaException($"Invalid or no size: {element.GetRawText()}");
        }

        var type = new AvroFixedType(name, ns, bytes);
        Register(type, element);
        return type;
    }
}
