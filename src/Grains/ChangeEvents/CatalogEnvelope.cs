using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// The CloudEvents 1.0 structured-mode JSON envelope (https://github.com/cloudevents/spec, v1.0.2) of a catalog change.
/// The id is made once, when the event enters the outbox, so every re-delivery carries the same id.
/// </summary>
internal static class CatalogEnvelope
{
    public const string Source = "/dataspine/catalog";
    public const string ContentType = "application/cloudevents+json; charset=UTF-8";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static (string Id, string Json) Wrap(CatalogChange change, DateTimeOffset time)
    {
        var id = Guid.CreateVersion7(time).ToString();
        return (id, JsonSerializer.Serialize(new CloudEvent("1.0", id, Source, change.Type, change.Subject, time, "application/json", change.Data), s_json));
    }

    private sealed record CloudEvent(string Specversion, string Id, string Source, string Type, string Subject, DateTimeOffset Time, string Datacontenttype, object Data);
}
