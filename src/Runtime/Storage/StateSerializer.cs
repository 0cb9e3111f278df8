using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataSpine.Runtime.Storage;

/// <summary>The one JSON setup for grain state and for call copies (camelCase, enums as strings).</summary>
internal sealed class StateSerializer
{
    public StateSerializer(IEnumerable<JsonConverter> converters)
    {
        Options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Options.Converters.Add(new JsonStringEnumConverter());
        foreach (var converter in converters)
        {
            Options.Converters.Add(converter);
        }

        Options.MakeReadOnly(populateMissingResolver: true);
    }

    public JsonSerializerOptions Options { get; }

    public string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("Stored state is null.");
}
