using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DataSpine.Cli.Registry;

/// <summary>Requests to a node's <c>/registry</c>, in Confluent's content type, as its clients send them.</summary>
internal sealed class RegistryCall(HttpClient http)
{
    private const string ContentType = "application/vnd.schemaregistry.v1+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<RegistryAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<RegistryAnswer> PostAsync(string path, SchemaRequest body) => SendAsync(HttpMethod.Post, path, body);

    private async Task<RegistryAnswer> SendAsync(HttpMethod method, string path, SchemaRequest? body)
    {
        using var request = new HttpRequestMessage(method, "registry/" + path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ContentType));
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, ContentType);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(text);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new UnexpectedAnswerException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} without a JSON body");
        }

        if (response.IsSuccessStatusCode)
        {
            return new RegistryAnswer(json);
        }

        if (json.ValueKind == JsonValueKind.Object
            && json.TryGetProperty("error_code", out var code) && code.TryGetInt32(out var errorCode))
        {
            var message = json.TryGetProperty("message", out var m) ? m.GetString() : null;
            return new RegistryAnswer(json, errorCode, message ?? "");
        }

        throw new UnexpectedAnswerException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} without a registry error body");
    }
}
