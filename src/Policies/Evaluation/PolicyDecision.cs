namespace DataSpine.Policies.Evaluation;

/// <summary>
/// The answer: <c>allow</c> or <c>deny</c>, the rule that decided (<c>default</c> when none matched) and why.
/// <see cref="Considered"/> lists every candidate rule in order, in explain mode only.
/// </summary>
public sealed record PolicyDecision(string Decision, string Rule, string Reason, IReadOnlyList<RuleTrace>? Considered = null)
{
    public const string Allow = "allow";
    public const string Deny = "deny";
    public const string DefaultRule = "default";

    public bool IsAllowed => Decision == Allow;
}

/// <summary>One rule as the evaluator saw it: whether it matched, and the condition that failed if not.</summary>
public sealed record RuleTrace(string Rule, string Effect, bool Matched, string Reason);
