using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Avro;

internal static partial class AvroWriter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteFields(Utf8JsonWriter writer, AvroRecordType record, Form form, HashSet<string> known)
    {
        writer.WriteStartArray("fields");
        foreach (var field in record.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WritePropertyName("type");
            WriteType(writer, field.Type, form, known);
            if (form == Form.Normalized)
            {
                if (field.Doc is { } doc)
                {
                    writer.WriteString("doc", doc);
                }

                if (field.HasDefault)
                {
                    writer.WritePropertyName("default");
                    WriteNode(writer, field.Default);
                }

                if (field.Order is { } order and not "ascending")
                {
                    writer.WriteString("order", order);
                }

                if (field.Aliases.Count > 0)
                {
                    WriteStrings(writer, "aliases", field.Aliases.Order(StringComparer.Ordinal));
                }

                WriteProperties(writer, field.Properties);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteExtras(Utf8JsonWriter writer, AvroType type)
    {
        if (type.LogicalType is { } logical)
        {
            writer.WriteString("logicalType", logical);
        }

        WriteProperties(writer, type.Properties);
    }

    // Custom properties are sorted so that attribute order in the source does not change the id.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, JsonNode?>> properties)
    {
        if (properties.Count == 0)
        {
            return;
        }

        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            WriteNode(writer, value);
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
