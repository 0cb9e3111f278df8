using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace DataSpine.Api.Security;

/// <summary>Authentication (API keys, JWT bearer), the role policies and the first admin key (issue 17; docs/security.md).</summary>
public static class SecuritySetup
{
    private const string Selector = "DataSpine";

    public static IServiceCollection AddDataSpineSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.Read(configuration);
        services.Configure<AuthSettings>(configuration.GetSection(AuthSettings.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyVerifier>();
        services.AddSingleton<Policies.PolicySetCache>();
        services.AddSingleton<Policies.SampleMasking>();
        services.AddSingleton<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        services.AddHostedService<PermissionTableCheck>();
        services.AddHostedService<AdminKeyBootstrap>();
        var authentication = services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key or JWT bearer", o => o.ForwardDefaultSelector = context =>
                settings.Jwt.Enabled && BearerToken(context) is { } token && JwtSetup.LooksLikeJwt(token) ? JwtSetup.Scheme : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (settings.Jwt.Enabled)
        {
            authentication.AddDataSpineJwt(settings.Jwt);
        }

        services.AddAuthorization(Permissions.AddPolicies);
        return services;
    }

    private static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
