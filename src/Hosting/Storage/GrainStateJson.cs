using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataSpine.Hosting.Storage;

/// <summary>
/// Grain state is stored as System.Text.Json (camelCase, enums as strings), with no type names in the
/// payload: renaming a state class, its namespace or its assembly never orphans stored state (Orleans'
/// default storage serializer writes assembly-qualified $type names).
/// </summary>
public static class GrainStateJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(object state, Type type) => JsonSerializer.Serialize(state, type, Options);

    public static object Deserialize(string json, Type type) =>
        JsonSerializer.Deserialize(json, type, Options) ?? throw new JsonException("Stored state is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
