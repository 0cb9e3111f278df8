using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Security;

/// <summary>
/// API keys as <c>Authorization: Bearer &lt;key&gt;</c>, or as the password of HTTP basic auth (any user name)
/// where machine clients and browsers cannot send a bearer header: /registry (Confluent clients'
/// basic.auth.user.info) and /dashboard (the browser's own prompt). The scrape key opens /metrics only.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyVerifier verifier,
    IOptions<AuthSettings> settings) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The claim a metrics scrape key carries instead of a role.</summary>
    public const string ScrapeClaim = "dataspine:scrape";

    /// <summary>Why authentication failed, for the 401 answer (HttpContext.Items).</summary>
    public const string FailureItem = "dataspine.auth.failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue("Authorization", out var header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!AuthenticationHeaderValue.TryParse(header.ToString(), out var value) || string.IsNullOrWhiteSpace(value.Parameter))
        {
            return Fail("The Authorization header is malformed; send 'Bearer <api key>'.");
        }

        string? text = value.Scheme.ToLowerInvariant() switch
        {
            "bearer" => value.Parameter.Trim(),
            "basic" when BasicAllowed(Request.Path) => BasicPassword(value.Parameter),
            "basic" => null,
            _ => null,
        };
        if (text is null)
        {
            return Fail(value.Scheme.Equals("basic", StringComparison.OrdinalIgnoreCase) && BasicAllowed(Request.Path)
                ? "The basic credentials are malformed."
                : $"Authorization scheme '{value.Scheme}' is not accepted here; send 'Bearer <api key>'.");
        }

        if (IsScrapeKey(text))
        {
            return Success(new Claim(ClaimTypes.Name, "metrics-scraper"), new Claim(ScrapeClaim, "true"));
        }

        if (await verifier.VerifyAsync(text) is not { } key)
        {
            return Fail("The API key is not valid, or it expired or was revoked.");
        }

        return Success(new Claim(ClaimTypes.Name, key.Id), new Claim("dataspine:key_name", key.Name), new Claim(Roles.Claim, Roles.Name(key.Role)));
    }

    public static bool BasicAllowed(PathString path) =>
        path.StartsWithSegments("/registry") || path.StartsWithSegments("/dashboard") || path.StartsWithSegments("/metrics");

    private static string? BasicPassword(string parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && colon < decoded.Length - 1 ? decoded[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private bool IsScrapeKey(string text) =>
        settings.Value.MetricsKey is { Length: > 0 } scrape && Request.Path.StartsWithSegments("/metrics")
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(text)), SHA256.HashData(Encoding.UTF8.GetBytes(scrape)));

    private static AuthenticateResult Success(params Claim[] claims)
    {
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, Roles.Claim);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Fail(string reason)
    {
        Context.Items[FailureItem] = reason;
        return AuthenticateResult.Fail(reason);
    }
}
