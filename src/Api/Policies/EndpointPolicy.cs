using DataSpine.Grains.Security;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Policies;

/// <summary>Builds the resource an endpoint's action touches, from the route (and, where named, one grain read).</summary>
public delegate ValueTask<PolicyResource> ResourceResolver(HttpContext http, IGrainFactory grains);

/// <summary>
/// An endpoint's action and resource for the policy evaluator. An endpoint without one is asked as the default
/// action of its declared role (<see cref="EndpointPolicies.DefaultAction"/>) on a resource with only the route's id.
/// </summary>
public sealed record EndpointPolicy(string Action, ResourceResolver Resource);

public static class EndpointPolicies
{
    /// <summary>Declares the endpoint's policy action and how to describe its resource.</summary>
    public static TBuilder Guard<TBuilder>(this TBuilder endpoints, string action, ResourceResolver resource) where TBuilder : IEndpointConventionBuilder =>
        endpoints.WithMetadata(new EndpointPolicy(action, resource));

    /// <summary>Declares the endpoint's policy action on a resource of this type (id from the route).</summary>
    public static TBuilder Guard<TBuilder>(this TBuilder endpoints, string action, string resourceType) where TBuilder : IEndpointConventionBuilder =>
        endpoints.Guard(action, Resources.FromRoute(resourceType));

    /// <summary>The action an endpoint declared only with <c>.Allow(role)</c> is asked as.</summary>
    public static string DefaultAction(Role role) => role switch
    {
        Role.Viewer => PolicyActions.Read,
        Role.Steward => PolicyActions.Annotate,
        Role.Engineer => PolicyActions.Write,
        _ => PolicyActions.Admin,
    };

    /// <summary>
    /// The least role the built-in policies grant an action to. An endpoint's action must agree with the role it
    /// declares, so that the roles of issue 17 mean exactly what they did before policies guarded endpoints.
    /// </summary>
    public static Role MinimumRole(string action) => action switch
    {
        PolicyActions.Read or PolicyActions.ReadSample => Role.Viewer,
        PolicyActions.Annotate or PolicyActions.Approve => Role.Steward,
        PolicyActions.Write or PolicyActions.Scan or PolicyActions.Ingest => Role.Engineer,
        _ => Role.Admin,
    };
}
