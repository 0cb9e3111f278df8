using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataSpine.Policies.Language;

/// <summary>A condition's value: one string or a list of strings, as the user wrote it.</summary>
[JsonConverter(typeof(StringOrListConverter))]
public sealed record StringOrList(IReadOnlyList<string> Values, bool IsList);

internal sealed class StringOrListConverter : JsonConverter<StringOrList>
{
    public override StringOrList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new StringOrList([reader.GetString()!], IsList: false);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("value must be a string or a list of strings");
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("value must be a string or a list of strings"));
        }

        return new StringOrList(values, IsList: true);
    }

    public override void Write(Utf8JsonWriter writer, StringOrList value, JsonSerializerOptions options)
    {
        if (!value.IsList && value.Values.Count == 1)
        {
            writer.WriteStringValue(value.Values[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value.Values)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
