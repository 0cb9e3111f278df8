using DataSpine.Grains.Security;
using Microsoft.AspNetCore.Authorization;

namespace DataSpine.Api.Security;

/// <summary>Where a request goes, which decides who may make it besides a key of the right role.</summary>
public enum Surface
{
    /// <summary>The HTTP API and the registry: anonymous only for reads, and only with Auth:AnonymousReads.</summary>
    Api,

    /// <summary>The Orleans dashboard: admin, or anyone with Auth:OperatorSurfacesOpen.</summary>
    Dashboard,

    /// <summary>/metrics: admin, the scrape key, or anyone with Auth:OperatorSurfacesOpen.</summary>
    Metrics,

    /// <summary>An endpoint that declared no permission: nobody.</summary>
    Undeclared,
}

/// <summary>Each endpoint's declared permission: the least role that may call it, on its surface.</summary>
public sealed record AccessRequirement(Role Minimum, Surface Surface) : IAuthorizationRequirement;

/// <summary>The authorization policies endpoints declare, by role (hierarchical: admin may do what a viewer may).</summary>
public static class Permissions
{
    public const string Read = "viewer";
    public const string Steward = "steward";
    public const string Engineer = "engineer";
    public const string Admin = "admin";
    public const string Dashboard = "dashboard";
    public const string Metrics = "metrics";

    /// <summary>Only callers with at least this role (anonymous callers too for reads, when configured).</summary>
    public static TBuilder Allow<TBuilder>(this TBuilder endpoints, Role role) where TBuilder : IEndpointConventionBuilder =>
        endpoints.RequireAuthorization(Roles.Name(role));

    /// <summary>Anyone, with or without a key (health endpoints).</summary>
    public static TBuilder AllowEveryone<TBuilder>(this TBuilder endpoints) where TBuilder : IEndpointConventionBuilder =>
        endpoints.AllowAnonymous();

    internal static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            options.AddPolicy(Roles.Name(role), p => p.AddRequirements(new AccessRequirement(role, Surface.Api)));
        }

        options.AddPolicy(Dashboard, p => p.AddRequirements(new AccessRequirement(Role.Admin, Surface.Dashboard)));
        options.AddPolicy(Metrics, p => p.AddRequirements(new AccessRequirement(Role.Admin, Surface.Metrics)));
        // An endpoint that declares nothing is closed: the matrix test names the endpoint that forgot.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new AccessRequirement(Role.Admin, Surface.Undeclared)).Build();
    }
}
