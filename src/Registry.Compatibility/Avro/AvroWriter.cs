using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>
/// Writes a parsed schema back to JSON, either in the specification's Parsing Canonical Form
/// ("Parsing Canonical Form for Schemas": PRIMITIVES, FULLNAMES, STRIP, ORDER, STRINGS, INTEGERS,
/// WHITESPACE) or in a normalized form that keeps doc, defaults, aliases and custom properties.
/// A named type is written in full once, then by its full name. Per-node methods are compiled
/// optimised at once, as in the parser: the normalized form fingerprints every new schema.
/// </summary>
internal static partial class AvroWriter
{
    public enum Form
    {
        ParsingCanonical,
        Normalized,
    }

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    public static string Write(AvroType type, Form form, IEnumerable<string>? knownNames = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            var known = new HashSet<string>(knownNames ?? [], StringComparer.Ordinal);
            WriteType(writer, type, form, known);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteType(Utf8JsonWriter writer, AvroType type, Form form, HashSet<string> known)
    {
        switch (type)
        {
            case AvroNamedType named when !known.Add(named.FullName):
                writer.WriteStringValue(named.FullName);
                break;
            case AvroUnionType union:
                writer.WriteStartArray();
                foreach (var branch in union.Branches)
                {
                    WriteType(writer, branch, form, known);
                }

                writer.WriteEndArray();
                break;
            case AvroPrimitiveType primitive:
                WritePrimitive(writer, primitive, form);
                break;
            default:
                WriteComplex(writer, type, form, known);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WritePrimitive(Utf8JsonWriter writer, AvroPrimitiveType type, Form form)
    {
        if (form == Form.ParsingCanonical || (type.LogicalType is null && type.Properties.Count == 0))
        {
            writer.WriteStringValue(type.TypeName);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", type.TypeName);
        WriteExtras(writer, type);
        writer.WriteEndObject();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteComplex(Utf8JsonWriter writer, AvroType type, Form form, HashSet<string> known)
    {
        var normalized = form == Form.Normalized;
        writer.WriteStartObject();
        if (type is AvroNamedType named)
        {
            writer.WriteString("name", named.FullName);
        }

        writer.WriteString("type", type is AvroRecordType { IsError: true } && normalized ? "error" : type.TypeName);
        if (normalized && type is AvroNamedType { Doc: { } doc })
        {
            writer.WriteString("doc", doc);
        }

        switch (type)
        {
            case AvroRecordType record:
                WriteFields(writer, record, form, known);
                break;
            case AvroEnumType enumType:
                writer.WriteStartArray("symbols");
                foreach (var symbol in enumType.Symbols)
                {
                    writer.WriteStringValue(symbol);
                }

                writer.WriteEndArray();
                if (normalized && enumType.Default is { } symbolDefault)
                {
                    writer.WriteString("default", symbolDefault);
                }

                break;
            case AvroArrayType array:
                writer.WritePropertyName("items");
                WriteType(writer, array.Items, form, known);
                break;
            case AvroMapType map:
                writer.WritePropertyName("values");
                WriteType(writer, map.Values, form, known);
                break;
            case AvroFixedType fixedType:
                writer.WriteNumber("size", fixedType.Size);
                break;
        }

        if (normalized)
        {
            if (type is AvroNamedType { Aliases.Count: > 0 } withAliases)
            {
                WriteStrings(writer, "aliases", withAliases.Aliases.Order(StringComparer.Ordinal));
            }

            WriteExtras(writer, type);
        }

        writer.WriteEndObject();
    }
}
