namespace DataSpine.Policies.Evaluation;

/// <summary>Who asks: a role, the key id or token subject, and the token's claims (never a secret).</summary>
public sealed record PolicyPrincipal(
    string Role,
    string? Key = null,
    string? Subject = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Claims = null);

/// <summary>One question to the evaluator: may this principal take this action on this resource?</summary>
public sealed record PolicyRequest(PolicyPrincipal Principal, string Action, PolicyResource Resource);
