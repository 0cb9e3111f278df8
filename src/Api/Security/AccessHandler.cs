using DataSpine.Api.Policies;
using DataSpine.Grains.Security;
using DataSpine.Policies.Evaluation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Security;

/// <summary>
/// Decides an <see cref="AccessRequirement"/> by asking the policy set (built-in role policies and stored custom
/// ones) whether the caller may take the endpoint's action on its resource; the operator surfaces also open to
/// callers without a key when configured. The decision is kept for the refusal's answer (<see cref="DecisionItem"/>).
/// </summary>
internal sealed class AccessHandler(IOptions<AuthSettings> settings, PolicySetCache policies, IGrainFactory grains) : AuthorizationHandler<AccessRequirement>
{
    /// <summary>The policy decision behind a refusal (HttpContext.Items), for the 403 answer and the audit trail.</summary>
    public const string DecisionItem = "dataspine.policy.decision";

    /// <summary>The action that was refused (HttpContext.Items).</summary>
    public const string ActionItem = "dataspine.policy.action";

    /// <summary>The endpoint routing answers with when a path exists for other methods only.</summary>
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        // A caller that sent credentials which failed is not anonymous: it gets 401, never the anonymous view.
        var anonymous = context.User.Identity?.IsAuthenticated != true && http?.Request.Headers.ContainsKey("Authorization") == false;
        var role = Roles.Of(context.User);
        var auth = settings.Value;
        var allowed = requirement.Surface switch
        {
            Surface.Api => (anonymous || role is not null) && http is not null && await DecideAsync(http, requirement.Minimum),
            Surface.Dashboard => (anonymous && auth.OperatorSurfacesOpen) || (role is not null && http is not null && await DecideAsync(http, Role.Admin, "dashboard")),
            Surface.Metrics => context.User.HasClaim(ApiKeyAuthenticationHandler.ScrapeClaim, "true") || (anonymous && auth.OperatorSurfacesOpen)
                || (role is not null && http is not null && await DecideAsync(http, Role.Admin, "metrics")),
            // No endpoint (an unknown path, a wrong method) is answered as a read would be: 404 or 405, not 403.
            _ => http?.GetEndpoint() is null or { DisplayName: MethodNotAllowedEndpoint }
                && (role >= Role.Viewer || (anonymous && auth.AnonymousReads)),
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> DecideAsync(HttpContext http, Role declared, string? surfaceType = null)
    {
        if (PolicyPrincipals.From(http.User) is not { } principal)
        {
            return false;
        }

        var guard = http.GetEndpoint()?.Metadata.GetMetadata<EndpointPolicy>();
        var action = guard?.Action ?? EndpointPolicies.DefaultAction(declared);
        // That the action agrees with the declared role is checked once at start-up (PermissionTableCheck).
        var resource = guard is not null ? await guard.Resource(http, grains) : Resources.Of(surfaceType, Resources.RouteId(http));
        var decision = (await policies.CurrentAsync()).Evaluate(new PolicyRequest(principal, action, resource));
        if (!decision.IsAllowed)
        {
            http.Items[DecisionItem] = decision;
            http.Items[ActionItem] = action;
        }

        return decision.IsAllowed;
    }
}
