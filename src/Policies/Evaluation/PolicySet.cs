using System.Collections.Frozen;
using DataSpine.Policies.Language;

namespace DataSpine.Policies.Evaluation;

/// <summary>
/// A loaded set of policies and the one evaluator every endpoint asks. Deny overrides allow; with no rule
/// allowing, the answer is deny (reads are granted by the built-in role policies, not by a default).
/// Evaluation looks only at the rules indexed under the request's action and resource type, so its cost
/// follows the rules that could apply, not the size of the set (issue 19: p95 ≤ 50 µs at 1,000 policies).
/// </summary>
public sealed class PolicySet
{
    private readonly FrozenDictionary<string, Bucket> _byAction;

    public PolicySet(IEnumerable<Policy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = [.. policies];
        _byAction = PolicyActions.All.ToFrozenDictionary(a => a, a => Bucket.For(Policies.Where(p => p.Covers(a)).ToArray()));
    }

    public IReadOnlyList<Policy> Policies { get; }

    public PolicyDecision Evaluate(PolicyRequest request, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_byAction.TryGetValue(request.Action, out var bucket))
        {
            return new PolicyDecision(PolicyDecision.Deny, PolicyDecision.DefaultRule, $"'{request.Action}' is not an action ({string.Join(", ", PolicyActions.All)}).", explain ? [] : null);
        }

        var candidates = bucket.Candidates(request.Resource.Type);
        return explain ? Explain(request, candidates) : Decide(request, candidates);
    }

    private static PolicyDecision Decide(PolicyRequest request, Policy[] candidates)
    {
        Policy? allowedBy = null;
        foreach (var policy in candidates)
        {
            if ((policy.IsDeny || allowedBy is null) && policy.FirstFailing(request) is null)
            {
                if (policy.IsDeny)
                {
                    return new PolicyDecision(PolicyDecision.Deny, policy.Id, policy.Summary);
                }

                allowedBy = policy;
            }
        }

        return allowedBy is null ? NoRule(request) : new PolicyDecision(PolicyDecision.Allow, allowedBy.Id, allowedBy.Summary);
    }

    private static PolicyDecision Explain(PolicyRequest request, Policy[] candidates)
    {
        var traces = new List<RuleTrace>(candidates.Length);
        Policy? deniedBy = null;
        Policy? allowedBy = null;
        foreach (var policy in candidates)
        {
            var failing = policy.FirstFailing(request);
            traces.Add(new RuleTrace(policy.Id, policy.Effect, failing is null, failing is null ? policy.Summary : $"not matched: {failing.Text}"));
            if (failing is null)
            {
                deniedBy ??= policy.IsDeny ? policy : null;
                allowedBy ??= policy.IsDeny ? null : policy;
            }
        }

        var decided = deniedBy ?? allowedBy;
        return decided is null
            ? NoRule(request) with { Considered = traces }
            : new PolicyDecision(decided.Effect, decided.Id, decided.Summary, traces);
    }

    private static PolicyDecision NoRule(PolicyRequest request) =>
        new(PolicyDecision.Deny, PolicyDecision.DefaultRule, $"no policy allows '{request.Action}' to role '{request.Principal.Role}' on this resource.");

    /// <summary>The rules of one action: those limited to a resource type, by type, and those for every type.</summary>
    private sealed class Bucket(Policy[] anyType, FrozenDictionary<string, Policy[]> byType)
    {
        public static Bucket For(Policy[] policies)
        {
            var types = policies.Where(p => p.ResourceTypes is not null).SelectMany(p => p.ResourceTypes!).Distinct(StringComparer.OrdinalIgnoreCase);
            var byType = types.ToFrozenDictionary(
                t => t,
                t => policies.Where(p => p.ResourceTypes is null || p.ResourceTypes.Contains(t)).ToArray(),
                StringComparer.OrdinalIgnoreCase);
            return new Bucket(policies.Where(p => p.ResourceTypes is null).ToArray(), byType);
        }

        public Policy[] Candidates(string? resourceType) =>
            resourceType is not null && byType.TryGetValue(resourceType, out var typed) ? typed : anyType;
    }
}
