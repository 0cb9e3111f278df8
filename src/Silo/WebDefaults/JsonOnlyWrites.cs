using DataSpine.Api.Errors;
using DataSpine.Api.Registry;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace DataSpine.Silo.WebDefaults;

/// <summary>
/// No state change from a request a browser can send cross-site without asking (a form post, a no-cors
/// fetch): a write with a body must be JSON, and a bodyless POST (start a scan, test a connection,
/// cancel) must say it is JSON or carry <see cref="Header"/>, which a cross-site page cannot send
/// without a CORS preflight. Anything else is 415 <c>unsupported_media_type</c>.
/// </summary>
internal sealed class JsonOnlyWrites(RequestDelegate next)
{
    /// <summary>Any value will do: a custom header is what a cross-site form or simple request cannot carry.</summary>
    public const string Header = "X-Requested-With";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || IsJson(request.ContentType, request.Path))
        {
            return next(context);
        }

        var hasBody = request.ContentLength > 0
            || (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
        if (!hasBody && request.ContentType is null && (!HttpMethods.IsPost(request.Method) || request.Headers.ContainsKey(Header)))
        {
            return next(context);
        }

        if (request.Path.StartsWithSegments("/registry", StringComparison.Ordinal))
        {
            // Confluent's clients read Confluent's error body.
            return RegistryEndpoints.UnsupportedMediaType().ExecuteAsync(context);
        }

        return WebDefaultsSetup.WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
            hasBody
                ? "A request body must be JSON (Content-Type: application/json)."
                : $"A POST without a body must carry Content-Type: application/json or an {Header} header.");
    }

    private static bool IsJson(string? contentType, PathString path)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType.Value ?? "";
        // Confluent's clients may send octet-stream; it is not a type a cross-site simple request can use.
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            || (path.StartsWithSegments("/registry", StringComparison.Ordinal) && type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase));
    }
}
