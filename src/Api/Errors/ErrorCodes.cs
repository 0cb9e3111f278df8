namespace DataSpine.Api.Errors;

/// <summary>Stable error codes of the HTTP API, shared by every capability.</summary>
public static class ErrorCodes
{
    public const string NotFound = "not_found";
    public const string InvalidRequest = "invalid_request";
    public const string MalformedJson = "malformed_json";
    public const string BodyTooLarge = "body_too_large";
    public const string Timeout = "timeout";
    public const string Conflict = "conflict";
    public const string Internal = "internal_error";

    public const string MethodNotAllowed = "method_not_allowed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string UriTooLong = "uri_too_long";
    public const string HeadersTooLarge = "headers_too_large";
    public const string InvalidPaging = "invalid_paging";

    /// <summary>The code for answers that no endpoint chose a code for (unknown route, wrong method, ...).</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => BodyTooLarge,
        StatusCodes.Status414UriTooLong => UriTooLong,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => HeadersTooLarge,
        StatusCodes.Status504GatewayTimeout => Timeout,
        >= 500 => Internal,
        _ => InvalidRequest,
    };
}
