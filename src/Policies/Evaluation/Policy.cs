using DataSpine.Policies.Language;

namespace DataSpine.Policies.Evaluation;

/// <summary>A policy ready to evaluate: its actions as a set and its conditions compiled (see <see cref="PolicyParser"/>).</summary>
public sealed class Policy
{
    private readonly HashSet<string> _actions;
    private readonly Condition[] _conditions;

    internal Policy(string id, string? description, bool deny, IEnumerable<string> actions, IEnumerable<Condition> conditions, PolicyDocument document)
    {
        Id = id;
        Description = description;
        IsDeny = deny;
        _actions = new HashSet<string>(actions, StringComparer.Ordinal);
        _conditions = [.. conditions];
        Document = document;
        ResourceTypes = _conditions.Select(c => c.PositiveResourceTypes).FirstOrDefault(t => t is not null);
    }

    public string Id { get; }

    public string? Description { get; }

    public bool IsDeny { get; }

    public string Effect => IsDeny ? PolicyDecision.Deny : PolicyDecision.Allow;

    /// <summary>The document this policy was compiled from, to show back to users as they wrote it.</summary>
    public PolicyDocument Document { get; }

    /// <summary>The resource types this policy is limited to, or null when it applies to every type.</summary>
    internal IReadOnlySet<string>? ResourceTypes { get; }

    internal bool Covers(string action) => _actions.Contains(action) || _actions.Contains(PolicyActions.Any);

    /// <summary>Null when every condition holds; otherwise the first that failed, for explain mode.</summary>
    internal Condition? FirstFailing(PolicyRequest request)
    {
        foreach (var condition in _conditions)
        {
            if (!condition.Matches(request))
            {
                return condition;
            }
        }

        return null;
    }

    internal string Summary => Description ?? (_conditions.Length == 0 ? $"{Effect} always" : string.Join(" and ", _conditions.Select(c => c.Text)));
}
