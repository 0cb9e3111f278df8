using System.Security.Claims;
using DataSpine.Api.Security;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Policies;

/// <summary>The caller as a policy principal: role, key id (API keys) or subject (tokens), and a token's claims.</summary>
public static class PolicyPrincipals
{
    /// <summary>Null for a caller that authenticated without a role (the metrics scrape key): no policy applies to it.</summary>
    public static PolicyPrincipal? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return new PolicyPrincipal(PolicyRoles.Anonymous);
        }

        if (Roles.Of(user) is not { } role)
        {
            return null;
        }

        var name = user.Identity.Name;
        var byKey = user.Identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName;
        var claims = byKey
            ? null
            : user.Claims.Where(c => c.Type != Roles.Claim).GroupBy(c => c.Type, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Value)], StringComparer.Ordinal);
        return new PolicyPrincipal(Roles.Name(role), byKey ? name : null, byKey ? null : user.FindFirst("sub")?.Value ?? name, claims);
    }
}
