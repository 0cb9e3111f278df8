using System.Text;
using System.Text.Json;
using DataSpine.Api.Errors;
using DataSpine.Api.Security;
using DataSpine.Grains.Policies;
using DataSpine.Grains.Security;
using DataSpine.Policies.BuiltIn;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Policies;

/// <summary>
/// The custom policy set (read by stewards, replaced by admins, every version kept) and the evaluator's answer to
/// one question, with every rule considered on request (docs/policies.md).
/// </summary>
public static class PolicyEndpoints
{
    public const string InvalidEvaluation = "invalid_evaluation";
    public const string LocksOut = "policy_locks_out";
    public const string VersionNotFound = "policy_version_not_found";

    private const int MaxAttributes = 64;
    private const int MaxValues = 1_000;

    public static RouteGroupBuilder MapPolicyEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/policies").WithTags("Policies");
        group.MapGet("", GetAsync).WithName("GetPolicies").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.PolicySet)
            .WithSummary("The custom policy set in force, its version, and the built-in role policies beside it.");
        group.MapPut("", PutAsync).WithName("PutPolicies").Allow(Role.Admin).Guard(PolicyActions.Admin, Resources.PolicySet)
            .Accepts<JsonElement>("application/json")
            .WithSummary("Replace the custom policy set (one policy, a list, or {\"policies\": [...]}); a set that does not compile is refused whole.");
        group.MapGet("/versions/{version:int}", GetVersionAsync).WithName("GetPolicyVersion").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.PolicySet)
            .WithSummary("An earlier (or the current) version of the custom policy set.");
        group.MapPost("/evaluate", EvaluateAsync).WithName("EvaluatePolicy").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.PolicySet)
            .WithSummary("Would this principal be allowed this action on this resource? The rule that decided and why; explain=true lists every rule considered.");
        return api;
    }

    private static async Task<Ok<PolicySetView>> GetAsync(IGrainFactory grains, IOptions<AuthSettings> auth) =>
        TypedResults.Ok(View(await grains.GetGrain<IPolicyStoreGrain>(PolicyStore.Key).GetCurrentAsync(), auth.Value));

    private static async Task<Results<Ok<PolicySetView>, ProblemHttpResult>> GetVersionAsync(int version, IGrainFactory grains) =>
        await grains.GetGrain<IPolicyStoreGrain>(PolicyStore.Key).GetAsync(version) is { } stored
            ? TypedResults.Ok(View(stored, null))
            : ApiProblem.NotFound(VersionNotFound, $"No policy set version {version}.");

    private static async Task<Results<Ok<PolicySetView>, ProblemHttpResult>> PutAsync(HttpContext http, IGrainFactory grains, PolicySetCache cache)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var compiled = PolicyStore.Compile(await reader.ReadToEndAsync(http.RequestAborted));
        if (!compiled.Ok)
        {
            return Refused(compiled.Errors);
        }

        // A set that would refuse the caller the next PUT could be undone by nobody.
        if (PolicyPrincipals.From(http.User) is { } caller
            && cache.With(compiled.Policies).Evaluate(new PolicyRequest(caller, PolicyActions.Admin, Resources.Of(Resources.PolicySet, null))) is { IsAllowed: false } lockout)
        {
            return ApiProblem.BadRequest(LocksOut, $"This set would deny you (rule '{lockout.Rule}') the right to change policies again.");
        }

        var stored = await grains.GetGrain<IPolicyStoreGrain>(PolicyStore.Key).ReplaceAsync(PolicyStore.Serialize(compiled), http.User.Identity?.Name);
        cache.Apply(stored);
        return TypedResults.Ok(View(stored, null));
    }

    private static async Task<Results<Ok<EvaluateResponse>, ProblemHttpResult>> EvaluateAsync(EvaluateRequest request, PolicySetCache cache, bool? explain)
    {
        if (Read(request, out var problem) is not { } question)
        {
            return ApiProblem.BadRequest(InvalidEvaluation, problem!);
        }

        var decision = (await cache.CurrentAsync()).Evaluate(question, explain == true || request.Explain == true);
        return TypedResults.Ok(new EvaluateResponse(decision.Decision, decision.Rule, decision.Reason,
            decision.Considered?.Select(r => new EvaluatedRule(r.Rule, r.Effect, r.Matched, r.Reason)).ToList()));
    }

    private static PolicyRequest? Read(EvaluateRequest request, out string? problem)
    {
        problem = request switch
        {
            { Principal.Role: null } or { Principal: null } => "principal.role is required.",
            _ when !PolicyRoles.All.Contains(request.Principal.Role) => $"principal.role is one of {string.Join(", ", PolicyRoles.All)}.",
            { Action: null } => "action is required.",
            _ when !PolicyActions.All.Contains(request.Action) => $"action is one of {string.Join(", ", PolicyActions.All)}.",
            _ => null,
        };
        var claims = Attributes(request.Principal?.Claims, "principal.claims", ref problem);
        var resource = Attributes(request.Resource, "resource", ref problem);
        return problem is not null ? null : new PolicyRequest(
            new PolicyPrincipal(request.Principal!.Role!, request.Principal.Key, request.Principal.Subject, claims),
            request.Action!,
            PolicyResource.From(resource ?? []));
    }

    /// <summary>A map of attribute → a string or a list of strings, bounded; sets <paramref name="problem"/> when it is not.</summary>
    private static Dictionary<string, IReadOnlyList<string>>? Attributes(Dictionary<string, JsonElement>? input, string path, ref string? problem)
    {
        if (input is null || problem is not null)
        {
            return null;
        }

        if (input.Count > MaxAttributes)
        {
            problem = $"{path} has at most {MaxAttributes} attributes.";
            return null;
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in input)
        {
            IReadOnlyList<string>? values = value.ValueKind switch
            {
                JsonValueKind.String => [value.GetString()!],
                JsonValueKind.Array when value.GetArrayLength() <= MaxValues && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                    [.. value.EnumerateArray().Select(v => v.GetString()!)],
                _ => null,
            };
            if (values is null)
            {
                problem = $"{path}.{name} is a string or a list of at most {MaxValues} strings.";
                return null;
            }

            result[name] = values;
        }

        return result;
    }

    private static ProblemHttpResult Refused(IReadOnlyList<PolicyError> errors) =>
        TypedResults.Problem(detail: $"{errors[0].Path}: {errors[0].Message}", statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?>
        {
            ["code"] = errors[0].Code,
            ["errors"] = errors.Select(e => new PolicyProblem(e.Path, e.Code, e.Message)).ToList(),
        });

    private static PolicySetView View(PolicySetVersion version, AuthSettings? auth)
    {
        using var policies = JsonDocument.Parse(version.Documents);
        JsonElement? builtIn = auth is null ? null : JsonSerializer.SerializeToElement(RolePolicies.Create(auth.AnonymousReads).Select(p => p.Document));
        return new PolicySetView(version.Version, version.UpdatedAt, version.UpdatedBy, policies.RootElement.Clone(), builtIn);
    }
}
