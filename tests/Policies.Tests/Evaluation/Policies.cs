using DataSpine.Policies.BuiltIn;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

namespace DataSpine.Policies.Tests.Evaluation;

/// <summary>Builds sets and requests for the evaluation tests.</summary>
internal static class Policies
{
    public static PolicySet Set(string json, bool builtIns = true, bool anonymousReads = false)
    {
        var result = PolicyParser.Parse(json);
        result.Ok.ShouldBeTrue(string.Join("; ", result.Errors));
        return new PolicySet(builtIns ? [.. RolePolicies.Create(anonymousReads), .. result.Policies] : result.Policies);
    }

    public static PolicyRequest Ask(string role, string action, PolicyResource resource, params (string Claim, string Value)[] claims) =>
        new(new PolicyPrincipal(role, Key: "k1", Claims: claims.GroupBy(c => c.Claim).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Value).ToArray())), action, resource);
}
