using Microsoft.AspNetCore.Diagnostics;
using Orleans.Storage;

namespace DataSpine.Api.Errors;

/// <summary>
/// Maps failures that escape an endpoint to problem details with a stable code, in one place:
/// malformed JSON → 400, oversized body → 413, grain timeout → 504, lost ETag race → 409, else 500
/// (logged once, with the correlation id as traceId).
/// </summary>
internal sealed class ExceptionMapping(IProblemDetailsService problems, ILogger<ExceptionMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        (int status, string code, string detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge, "The request body is larger than the server accepts."),
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } =>
                (StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson, $"The request body is not valid JSON: {json.Message}"),
            BadHttpRequestException bad => (bad.StatusCode, ErrorCodes.InvalidRequest, bad.Message),
            TimeoutException => (StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout, "The cluster did not answer in time."),
            InconsistentStateException => (StatusCodes.Status409Conflict, ErrorCodes.Conflict, "The resource changed concurrently; retry."),
            _ => (StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "An unexpected error occurred."),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        });
    }
}
