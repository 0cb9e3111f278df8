using DataSpine.Grains.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Security;

/// <summary>Decides an <see cref="AccessRequirement"/>: the caller's role, or the configured openings for callers without a key.</summary>
internal sealed class AccessHandler(IOptions<AuthSettings> settings) : AuthorizationHandler<AccessRequirement>
{
    /// <summary>The endpoint routing answers with when a path exists for other methods only.</summary>
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        // A caller that sent credentials which failed is not anonymous: it gets 401, never the anonymous view.
        var anonymous = context.User.Identity?.IsAuthenticated != true && http?.Request.Headers.ContainsKey("Authorization") == false;
        var role = Roles.Of(context.User);
        var auth = settings.Value;
        var allowed = requirement.Surface switch
        {
            Surface.Api => role >= requirement.Minimum || (requirement.Minimum == Role.Viewer && anonymous && auth.AnonymousReads),
            Surface.Dashboard => role == Role.Admin || (anonymous && auth.OperatorSurfacesOpen),
            Surface.Metrics => role == Role.Admin || context.User.HasClaim(ApiKeyAuthenticationHandler.ScrapeClaim, "true")
                || (anonymous && auth.OperatorSurfacesOpen),
            // No endpoint (an unknown path, a wrong method) is answered as a read would be: 404 or 405, not 403.
            _ => http?.GetEndpoint() is null or { DisplayName: MethodNotAllowedEndpoint }
                && (role >= Role.Viewer || (anonymous && auth.AnonymousReads)),
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
