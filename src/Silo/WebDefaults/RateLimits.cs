using System.Globalization;
using System.Threading.RateLimiting;
using DataSpine.Api.Errors;

namespace DataSpine.Silo.WebDefaults;

/// <summary>
/// Requests per minute, with ASP.NET Core's rate limiter: per API key for an authenticated caller
/// (<c>RateLimits:PerKeyPerMinute</c>, or <c>RateLimits:Keys:&lt;key id&gt;</c> for one key), per client IP
/// otherwise (<c>RateLimits:AnonymousPerMinute</c>, 100 as in the catalog's plan). Health probes and
/// silo-to-silo paths are not limited. A refused request is 429 <c>rate_limited</c> with Retry-After.
/// </summary>
internal static class RateLimits
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimits");
        var anonymous = section.GetValue("AnonymousPerMinute", 100);
        var perKey = section.GetValue("PerKeyPerMinute", 1000);
        var keys = section.GetSection("Keys");
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (IsExempt(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("exempt");
                }

                return context.User.Identity is { IsAuthenticated: true, Name: { } key }
                    ? PerMinute("key:" + key, keys.GetValue(key, perKey))
                    : PerMinute("ip:" + context.Connection.RemoteIpAddress, anonymous);
            });
            o.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(WebDefaultsSetup.WriteProblemAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                    $"Too many requests; retry in {seconds} s."));
            };
        });
    }

    private static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static bool IsExempt(PathString path) =>
        path == "/healthz" || path == "/readyz" || path == "/startupz" || path.StartsWithSegments("/cluster", StringComparison.Ordinal);
}
