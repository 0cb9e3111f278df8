using System.Text.Json;
using DataSpine.Api.Limits;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Storage;

namespace DataSpine.Api.Errors;

/// <summary>
/// Maps failures that escape an endpoint to problem details with a stable code, in one place:
/// malformed or wrongly typed JSON → 400 malformed_json (with the JSON path), too deep → 400 too_deep,
/// oversized body → 413, a parameter that does not bind → 400, grain timeout → 504, lost ETag race → 409,
/// else 500 (logged once, with the correlation id as traceId).
/// </summary>
internal sealed class ExceptionMapping(IProblemDetailsService problems, ILogger<ExceptionMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var extensions = new Dictionary<string, object?>();
        (int status, string code, string detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge, "The request body is larger than the server accepts."),
            BadHttpRequestException { InnerException: JsonException json } when InputLimits.IsTooDeep(json) =>
                (StatusCodes.Status400BadRequest, InputLimits.TooDeep, $"The request body nests deeper than the server accepts (at {json.Path ?? "$"})."),
            BadHttpRequestException { InnerException: JsonException json } => Malformed(json, extensions),
            BadHttpRequestException bad => (bad.StatusCode, ErrorCodes.InvalidRequest, bad.Message),
            // A Content-Encoding: gzip (deflate, br) body that does not inflate.
            InvalidDataException => (StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The request body is not valid for its Content-Encoding."),
            TimeoutException => (StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout, "The cluster did not answer in time."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout, "The request took longer than the server allows."),
            InconsistentStateException => (StatusCodes.Status409Conflict, ErrorCodes.Conflict, "The resource changed concurrently; retry."),
            _ => (StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "An unexpected error occurred."),
        };
        if (status >= 500 && code == ErrorCodes.Internal)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        extensions["code"] = code;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail, Extensions = extensions },
        });
    }

    private static (int, string, string) Malformed(JsonException json, Dictionary<string, object?> extensions)
    {
        // The path is where the reader stopped: $.synonyms[2] for a number where a string belongs.
        extensions["path"] = json.Path ?? "$";
        extensions["line"] = json.LineNumber;
        extensions["position"] = json.BytePositionInLine;
        return (StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson,
            $"The request body is not valid JSON or has the wrong shape at {json.Path ?? "$"}.");
    }
}
