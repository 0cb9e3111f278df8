using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataSpine.Grains.Registry;

namespace DataSpine.Api.Registry;

/// <summary>Confluent's wire conventions: content types, error bodies, query flags, version ids.</summary>
internal static class RegistryHttp
{
    public const string ContentType = "application/vnd.schemaregistry.v1+json";

    /// <summary>The request body bound; the schema text is the bulk of it (Confluent has no smaller limit).</summary>
    public const int MaxBodyBytes = 1 << 20;

    public static readonly string[] AcceptedContentTypes =
        [ContentType, "application/vnd.schemaregistry+json", "application/json", "application/octet-stream"];

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IResult Ok<T>(T value) => TypedResults.Json(value, Json, ContentType);

    public static IResult Text(string value) => TypedResults.Text(value, ContentType);

    public static IResult Error(int code, string message) =>
        TypedResults.Json(new RegistryErrorBody(code, message), Json, ContentType, RegistryErrorCodes.HttpStatus(code));

    public static IResult Error(RegistryError error) => Error(error.Code, error.Message);

    /// <summary>The value as JSON, or the grain's expected failure as Confluent's error body.</summary>
    public static IResult From<T, TResponse>(RegistryResult<T> result, Func<T, TResponse> map) =>
        result.Error is { } error ? Error(error) : Ok(map(result.Value!));

    /// <summary>A boolean query flag; anything but "true" (case-insensitive) is false, as with JAX-RS.</summary>
    public static bool Flag(HttpContext http, string name, bool fallback = false) =>
        http.Request.Query.TryGetValue(name, out var value) && value.Count > 0
            ? string.Equals(value[0], "true", StringComparison.OrdinalIgnoreCase)
            : fallback;

    public static string Query(HttpContext http, string name) => http.Request.Query[name].FirstOrDefault() ?? "";

    /// <summary>"latest" or -1 → -1; 1..2^31-1 → itself; anything else → 42202.</summary>
    public static bool TryParseVersion(string text, out int version, out IResult? error)
    {
        error = null;
        if (string.Equals(text, "latest", StringComparison.OrdinalIgnoreCase))
        {
            version = -1;
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out version) && (version == -1 || version > 0))
        {
            return true;
        }

        error = Error(RegistryErrorCodes.InvalidVersion,
            $"The specified version '{text}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
        return false;
    }

    public static void ServerTiming(HttpContext http, string metric, TimeSpan elapsed) =>
        http.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"{metric};dur={elapsed.TotalMilliseconds:0.###}");
}
