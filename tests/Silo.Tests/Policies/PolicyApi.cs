using System.Text;
using System.Text.Json;

namespace DataSpine.Silo.Tests.Policies;

/// <summary>The policy endpoints as tests drive them, and the example policies.</summary>
internal static class PolicyApi
{
    public const string KeepProductionSubjects = """
        {"id": "keep-production-subjects", "description": "nobody deletes a production subject", "effect": "deny", "actions": ["delete"],
         "resourceTypes": ["registry-subject"], "when": [{"attribute": "resource.subject", "op": "startsWith", "value": "prod."}]}
        """;

    public const string EngineersScanEu = """
        {"id": "engineers-scan-eu", "effect": "deny", "actions": ["scan"], "roles": ["engineer"], "resourceTypes": ["source"],
         "when": [{"attribute": "resource.region", "op": "notEquals", "value": "eu"}]}
        """;

    public static Task<HttpResponseMessage> PutAsync(HttpClient http, string json) =>
        http.PutAsync("/api/v1/policies", new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> PutOkAsync(HttpClient http, string json)
    {
        var response = await PutAsync(http, json);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
