using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataSpine.Runtime.References;

/// <summary>
/// Grain references cross call boundaries as <c>{"grain": "type", "key": "..."}</c> and come back as
/// live references, so grains can be passed as arguments and results.
/// </summary>
internal sealed class GrainReferenceJsonConverter(IServiceProvider services) : JsonConverterFactory
{
    // Resolved late: the factory depends, through the call router, on the serializer that holds this converter.
    private GrainFactory Factory => field ??= services.GetRequiredService<GrainFactory>();

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsInterface && typeof(IGrainWithStringKey).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), Factory)!;

    private sealed class Converter<T>(GrainFactory factory) : JsonConverter<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? key = null;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A grain reference must be an object.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var property = reader.GetString();
                reader.Read();
                if (property == "key")
                {
                    key = reader.GetString();
                }
            }

            return key is null
                ? throw new JsonException("A grain reference needs a key.")
                : (T)factory.GetGrain(typeToConvert, key);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (value is not GrainProxy proxy)
            {
                throw new JsonException(
                    $"Only grain references from IGrainFactory can cross a call boundary, not a {value?.GetType().Name}.");
            }

            writer.WriteStartObject();
            writer.WriteString("grain", proxy.GrainId.Type);
            writer.WriteString("key", proxy.GrainId.Key);
            writer.WriteEndObject();
        }
    }
}
