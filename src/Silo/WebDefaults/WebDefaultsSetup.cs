using System.Text.Json;
using Microsoft.AspNetCore.Http.Timeouts;

namespace DataSpine.Silo.WebDefaults;

/// <summary>
/// What a node facing a browser or the internet needs before any endpoint runs (issue 17): host filtering,
/// closed CORS, JSON-only writes, security headers, HSTS under TLS, compressed request bodies with a cap
/// on their inflated size, rate limits and request timeouts. docs/security.md lists each default.
/// </summary>
public static class WebDefaultsSetup
{
    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Also the cap on a compressed body's inflated size: request decompression enforces the same limit.
            k.Limits.MaxRequestBodySize = configuration.GetValue("Api:MaxRequestBodyBytes", 1L << 20);
        });
        AllowedHosts.Add(builder.Services, configuration);
        builder.Services.AddCors(o => o.AddDefaultPolicy(policy => policy
            .WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Correlation-Id", "Retry-After", "Location")));
        builder.Services.AddRequestDecompression();
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(configuration.GetValue("Api:RequestTimeoutSeconds", 60)),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        RateLimits.Add(builder.Services, configuration);
        KeyRingProtection.Add(builder.Services, configuration);
        return builder;
    }

    /// <summary>The middleware that must run before any endpoint; problem details must already be wired.</summary>
    public static WebApplication UseWebDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHostFiltering();
        app.UseMiddleware<SecurityHeaders>();
        // UseHsts adds the header only to HTTPS answers, so it is on exactly when TLS is.
        app.UseHsts();
        app.UseCors();
        app.UseMiddleware<JsonOnlyWrites>();
        app.UseRequestDecompression();
        return app;
    }

    /// <summary>Rate limits and timeouts; after authentication, so that limits partition by the caller's key.</summary>
    public static WebApplication UseWebLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>Writes a problem with a stable code before any endpoint ran (the API's problem-details service).</summary>
    internal static async Task WriteProblemAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        }))
        {
            await context.Response.WriteAsJsonAsync(new { status, code, detail }, JsonSerializerOptions.Web, "application/problem+json");
        }
    }
}
