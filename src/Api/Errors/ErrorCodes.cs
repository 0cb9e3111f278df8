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

    /// <summary>The code for answers that no endpoint chose a code for (unknown route, wrong method, ...).</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        >= 500 => Internal,
        _ => InvalidRequest,
    };
}
