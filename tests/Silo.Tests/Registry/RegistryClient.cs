using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>Raw HTTP against /registry, as Confluent's clients speak it.</summary>
internal sealed class RegistryClient(HttpClient http)
{
    public const string ContentType = "application/vnd.schemaregistry.v1+json";

    public HttpClient Http { get; } = http;

    public static string UserV1 { get; } =
        """{"type":"record","name":"User","namespace":"test","fields":[{"name":"id","type":"long"}]}""";

    /// <summary>Backward compatible with v1: the added field has a default.</summary>
    public static string UserV2 { get; } =
        """{"type":"record","name":"User","namespace":"test","fields":[{"name":"id","type":"long"},{"name":"email","type":["null","string"],"default":null}]}""";

    /// <summary>Not backward compatible with v1: the added field has no default.</summary>
    public static string UserBroken { get; } =
        """{"type":"record","name":"User","namespace":"test","fields":[{"name":"id","type":"long"},{"name":"age","type":"int"}]}""";

    public static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, ContentType);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => Http.PostAsync("/registry" + path, Json(body));

    public Task<HttpResponseMessage> PutAsync(string path, object body) => Http.PutAsync("/registry" + path, Json(body));

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync("/registry" + path);

    public Task<HttpResponseMessage> DeleteAsync(string path) => Http.DeleteAsync("/registry" + path);

    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string body, string contentType = ContentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Http.SendAsync(new HttpRequestMessage(method, "/registry" + path) { Content = content });
    }

    public async Task<int> RegisterAsync(string subject, string schema, string? schemaType = null, object[]? references = null)
    {
        var response = await PostAsync($"/subjects/{subject}/versions", new { schema, schemaType, references = references ?? [] });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Asserts Confluent's error shape: HTTP status from the code, and the code in error_code.</summary>
    public static async Task<string> ShouldFailAsync(HttpResponseMessage response, int errorCode)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(errorCode >= 10000 ? errorCode / 100 : errorCode, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ContentType);
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("error_code").GetInt32().ShouldBe(errorCode, text);
        return body.GetProperty("message").GetString()!;
    }
}
