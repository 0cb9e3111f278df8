using System.Diagnostics;

namespace DataSpine.Silo.Logging;

/// <summary>
/// Gives every request a correlation id (the caller's X-Correlation-Id when it is sane, a new one
/// otherwise), echoes it, puts it in every log line's scope and in problem details (traceId).
/// </summary>
internal sealed partial class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[Header].ToString();
        if (!IsSane(id))
        {
            id = Guid.NewGuid().ToString("N");
        }

        context.TraceIdentifier = id;
        // On starting: the exception handler clears headers set earlier, and error answers need the id most.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        using var scope = logger.BeginScope(new CorrelationScope(id));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var path = context.Request.Path.Value ?? "";
            if (IsProbe(path))
            {
                LogProbe(logger, context.Request.Method, path, context.Response.StatusCode, elapsed);
            }
            else
            {
                LogRequest(logger, context.Request.Method, path, context.Response.StatusCode, elapsed);
            }
        }
    }

    private static bool IsSane(string id) =>
        id.Length is > 0 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    // Polled and routine paths log at Debug: probes, scrapes, the dashboard (every open page polls every 2 s)
    // and silo-to-silo traffic (grain calls, liveness pings).
    private static bool IsProbe(string path) =>
        path is "/healthz" or "/readyz" or "/startupz" or "/metrics"
        || path.StartsWith("/dashboard", StringComparison.Ordinal) || path.StartsWith("/cluster/", StringComparison.Ordinal);

    [LoggerMessage(100, LogLevel.Information, "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(101, LogLevel.Debug, "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogProbe(ILogger logger, string method, string path, int statusCode, double elapsedMs);

    /// <summary>Shows in JSON logs as <c>{"Message":"CorrelationId:…","CorrelationId":"…"}</c>.</summary>
    private sealed class CorrelationScope(string id) : IReadOnlyList<KeyValuePair<string, object>>
    {
        public int Count => 1;

        public KeyValuePair<string, object> this[int index] =>
            index == 0 ? new("CorrelationId", id) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            yield return this[0];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"CorrelationId:{id}";
    }
}
