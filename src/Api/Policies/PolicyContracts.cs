using System.Text.Json;

namespace DataSpine.Api.Policies;

/// <summary>A version of the custom policy set as the API shows it; <c>builtIn</c> lists the role policies beside it.</summary>
public sealed record PolicySetView(int Version, DateTimeOffset? UpdatedAt, string? UpdatedBy, JsonElement Policies, JsonElement? BuiltIn);

/// <summary>Who asks in an evaluation: a role, and optionally a key id, a token subject and claims (a string or a list each).</summary>
public sealed record EvaluatePrincipal(string? Role, string? Key, string? Subject, Dictionary<string, JsonElement>? Claims);

/// <summary><c>POST /api/v1/policies/evaluate</c>: resource attributes are a string or a list of strings each.</summary>
public sealed record EvaluateRequest(EvaluatePrincipal? Principal, string? Action, Dictionary<string, JsonElement>? Resource, bool? Explain);

/// <summary>One rule as the evaluator saw it (explain mode).</summary>
public sealed record EvaluatedRule(string Rule, string Effect, bool Matched, string Reason);

/// <summary>The decision, the rule that made it (<c>default</c> when none did) and why; in explain mode every rule considered.</summary>
public sealed record EvaluateResponse(string Decision, string Rule, string Reason, IReadOnlyList<EvaluatedRule>? Considered);

/// <summary>One reason a policy set was refused: a JSON path, a stable code (docs/policies.md) and a sentence.</summary>
public sealed record PolicyProblem(string Path, string Code, string Message);
