using System.Text;
using System.Text.Json;

namespace DataSpine.Silo.Tests.Lineage;

/// <summary>Posts OpenLineage events and reads the Marquez-shaped graph back, as an emitter and the Marquez UI would.</summary>
internal sealed class LineageClient(HttpClient http)
{
    public const string SchemaUrl = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";

    public HttpClient Http => http;

    public static object Dataset(string ns, string name, string[]? fields = null, object? columnLineage = null) => new
    {
        @namespace = ns,
        name,
        facets = new Dictionary<string, object?>
        {
            ["schema"] = fields is null ? null : new { fields = fields.Select(f => new { name = f, type = "VARCHAR" }) },
            ["columnLineage"] = columnLineage,
        }.Where(kv => kv.Value is not null).ToDictionary(),
    };

    public static object RunEvent(string eventType, string runId, string jobNs, string job, object[] inputs, object[] outputs, string time = "2026-11-22T10:00:00Z", object? jobFacets = null) => new
    {
        eventType,
        eventTime = time,
        producer = "https://github.com/dataspine/tests",
        schemaURL = SchemaUrl,
        run = new { runId },
        job = new { @namespace = jobNs, name = job, facets = jobFacets ?? new { } },
        inputs,
        outputs,
    };

    public Task<HttpResponseMessage> PostAsync(object lineageEvent) => http.PostAsJsonAsync("/api/v1/lineage", lineageEvent);

    public Task<HttpResponseMessage> PostRawAsync(string json) =>
        http.PostAsync("/api/v1/lineage", new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task PostOkAsync(object lineageEvent)
    {
        var response = await PostAsync(lineageEvent);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public Task<JsonElement> GetAsync(string path) => http.GetFromJsonAsync<JsonElement>(path);

    public async Task<Dictionary<string, JsonElement>> GraphAsync(string query)
    {
        var graph = await GetAsync(query);
        return graph.GetProperty("graph").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
    }

    public static List<string> Edges(JsonElement node, string direction) =>
        [.. node.GetProperty(direction).EnumerateArray().Select(e => $"{e.GetProperty("origin").GetString()}>{e.GetProperty("destination").GetString()}").Order()];

    public static string Id(string prefix, params string[] parts) => Uri.EscapeDataString(prefix + ":" + string.Join(':', parts));
}
