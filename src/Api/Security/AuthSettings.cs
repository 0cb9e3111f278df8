using Microsoft.Extensions.Configuration;

namespace DataSpine.Api.Security;

/// <summary>The "Auth" configuration section (docs/security.md, docs/configuration.md).</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>Reads (the viewer role's endpoints) need no key. Writes never do.</summary>
    public bool AnonymousReads { get; set; }

    /// <summary>The dashboard and /metrics need no key (they need an admin key, or MetricsKey for /metrics, otherwise).</summary>
    public bool OperatorSurfacesOpen { get; set; }

    /// <summary>A bearer secret that Prometheus sends to scrape /metrics, and which opens nothing else.</summary>
    public string? MetricsKey { get; set; }

    /// <summary>An admin key supplied by configuration (a container secret) instead of one generated on first start.</summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>How long a node trusts a verified key without asking the cluster again: the bound on revocation delay.</summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    public JwtSettings Jwt { get; set; } = new();

    /// <summary>A configured admin key shorter than this is refused: it would be guessable.</summary>
    public const int MinimumBootstrapKeyLength = 24;

    /// <summary>The settings; a setting that would leave the node open stops the start (Program prints why).</summary>
    public static AuthSettings Read(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<AuthSettings>() ?? new AuthSettings();
        if (settings.BootstrapAdminKey is { Length: > 0 } key && key.Trim().Length < MinimumBootstrapKeyLength)
        {
            throw new InvalidOperationException($"Auth:BootstrapAdminKey must be at least {MinimumBootstrapKeyLength} characters.");
        }

        return settings;
    }
}

/// <summary>OpenID Connect / JWT bearer tokens from the organisation's identity provider.</summary>
public sealed class JwtSettings
{
    /// <summary>The issuer's base URL; its discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>Expected issuer when it differs from the authority, or when signing keys are configured directly.</summary>
    public string? Issuer { get; set; }

    /// <summary>Base64 HMAC keys that sign tokens, for identity providers without discovery (and tests).</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>The claim holding roles or groups.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Claim value → DataSpine role (viewer, steward, engineer, admin); without it the values must be role names.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.Ordinal);

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || SigningKeys.Count > 0;
}
