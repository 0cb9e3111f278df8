using System.Text.Json;

namespace DataSpine.Silo.Tests.ChangeEvents;

/// <summary>An event as GET /api/v1/events/catalog lists it.</summary>
internal sealed record ListedEvent(long Sequence, JsonElement Event)
{
    public string Id => Event.GetProperty("id").GetString()!;

    public string Type => Event.GetProperty("type").GetString()!;

    public string Subject => Event.GetProperty("subject").GetString()!;

    public JsonElement Data => Event.GetProperty("data");
}

internal static class CatalogEventsClient
{
    /// <summary>Every event in the outbox after <paramref name="after"/>, page by page.</summary>
    public static async Task<List<ListedEvent>> AllAsync(HttpClient http, long after = 0)
    {
        var events = new List<ListedEvent>();
        while (true)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/v1/events/catalog?after={after}&limit=1000");
            var items = page.GetProperty("items").EnumerateArray()
                .Select(i => new ListedEvent(i.GetProperty("sequence").GetInt64(), i.GetProperty("event").Clone())).ToList();
            events.AddRange(items);
            after = page.GetProperty("last").GetInt64();
            if (items.Count < 1000)
            {
                return events;
            }
        }
    }

    public static async Task AnnotateAsync(HttpClient http, string sourceId, string qualifiedName, string description)
    {
        var response = await http.PutAsJsonAsync($"/api/v1/assets/{sourceId}/{qualifiedName}/annotation", new { description });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
