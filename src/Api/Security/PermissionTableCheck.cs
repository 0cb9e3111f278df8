using DataSpine.Api.Policies;
using DataSpine.Grains.Security;
using DataSpine.Policies.BuiltIn;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Hosting;

namespace DataSpine.Api.Security;

/// <summary>
/// Checks once, when the node starts, that the permission table and the built-in role policies agree: the built-ins
/// grant each action from exactly the role <see cref="EndpointPolicies.MinimumRole"/> names, and every endpoint's policy
/// action is one the built-ins grant from the role it declares with <c>.Allow(role)</c>. A disagreement would change what
/// a role may do, so the node refuses to start and names each one. (This was checked on every request before.)
/// </summary>
public sealed class PermissionTableCheck(EndpointDataSource endpoints) : IHostedLifecycleService
{
    /// <summary>How many endpoints with a declared permission the start-up check saw (0 until it ran).</summary>
    public int CheckedEndpoints { get; private set; }

    /// <summary>
    /// After the web host started: only then are the app's endpoints in the routing data source (at StartAsync it is
    /// still empty). A throw here still fails the host's start.
    /// </summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        CheckedEndpoints = endpoints.Endpoints.Count(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null);
        var disagreements = Disagreements(endpoints.Endpoints);
        return disagreements.Count == 0 ? Task.CompletedTask : throw new InvalidOperationException(
            "The permission table and the built-in role policies disagree; the node does not start:" + Environment.NewLine
            + string.Join(Environment.NewLine, disagreements.Select(d => "  - " + d)));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every disagreement, described; empty when the table and the built-ins agree.</summary>
    public static IReadOnlyList<string> Disagreements(IEnumerable<Endpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var builtIn = new PolicySet(RolePolicies.Create(anonymousReads: false));
        var disagreements = new List<string>();
        foreach (var action in PolicyActions.All)
        {
            var granted = Enum.GetValues<Role>()
                .Where(role => builtIn.Evaluate(new PolicyRequest(new PolicyPrincipal(Roles.Name(role)), action, Resources.Of(null, null))).IsAllowed)
                .ToList();
            var least = EndpointPolicies.MinimumRole(action);
            if (!granted.SequenceEqual(Enum.GetValues<Role>().Where(role => role >= least)))
            {
                disagreements.Add($"action '{action}': the permission table grants it from {Roles.Name(least)}, the built-in policies to "
                    + (granted.Count == 0 ? "nobody" : string.Join(", ", granted.Select(Roles.Name))) + ".");
            }
        }

        foreach (var endpoint in endpoints)
        {
            var action = endpoint.Metadata.GetMetadata<EndpointPolicy>()?.Action;
            foreach (var declared in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => DeclaredRole(a.Policy)).OfType<Role>())
            {
                var asked = action ?? EndpointPolicies.DefaultAction(declared);
                if (EndpointPolicies.MinimumRole(asked) != declared)
                {
                    disagreements.Add($"{endpoint.DisplayName} declares role {Roles.Name(declared)} but policy action '{asked}', "
                        + $"which the built-in policies grant from {Roles.Name(EndpointPolicies.MinimumRole(asked))}.");
                }
            }
        }

        return disagreements;
    }

    /// <summary>The role behind an <c>.Allow(role)</c> policy name; null for the operator surfaces and anything else.</summary>
    private static Role? DeclaredRole(string? policy) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(role => Roles.Name(role!.Value) == policy);
}
