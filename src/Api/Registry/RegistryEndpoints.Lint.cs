using System.Diagnostics;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Registry;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Registry;

/// <summary>DataSpine's own lint gates (not part of Confluent's API): a dry run and per-subject severities.</summary>
public static partial class RegistryEndpoints
{
    private static void MapLint(RouteGroupBuilder registry)
    {
        registry.MapPost("/lint/subjects/{subject}", LintAsync).WithName("RegistryLint").Allow(Role.Viewer)
            .WithSummary("Runs the PII and retention lint gates on a schema without registering it.");
        registry.MapGet("/lint/config/{subject}", async (string subject, IGrainFactory grains) =>
            InvalidSubject(subject) ?? RegistryHttp.Ok(ToBody(await Subject(grains, subject).GetLintPolicyAsync()))).WithName("RegistryGetLintConfig").Allow(Role.Viewer);
        registry.MapPut("/lint/config/{subject}", PutLintConfigAsync).WithName("RegistryPutLintConfig").Allow(Role.Engineer).Guard(PolicyActions.Write, Resources.SubjectAsync);
        registry.MapGet("/contract/{subject}", async (string subject, IGrainFactory grains) =>
            InvalidSubject(subject) ?? RegistryHttp.Ok(new ContractBody(await Subject(grains, subject).GetContractAsync()))).WithName("RegistryGetContract").Allow(Role.Viewer);
        registry.MapPut("/contract/{subject}", PutContractAsync).WithName("RegistryPutContract").Allow(Role.Engineer).Guard(PolicyActions.Write, Resources.SubjectAsync);
    }

    private static async Task<IResult> LintAsync(string subject, HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<SchemaBody>(http);
        if ((invalid ?? InvalidSubject(subject)) is { } failure)
        {
            return failure;
        }

        var input = RegistryBody.ToInput(body!, normalize: false, out invalid);
        if (input is null)
        {
            return invalid!;
        }

        var watch = Stopwatch.StartNew();
        var result = await Subject(grains, subject).LintAsync(input);
        RegistryHttp.ServerTiming(http, "lint", watch.Elapsed);
        return RegistryHttp.From(result, r => new LintResponse(r.Errors.Count == 0, r.Errors, r.Warnings));
    }

    private static async Task<IResult> PutLintConfigAsync(string subject, HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<LintPolicyBody>(http);
        if ((invalid ?? InvalidSubject(subject)) is { } failure)
        {
            return failure;
        }

        var current = await Subject(grains, subject).GetLintPolicyAsync();
        var policy = new LintPolicy(body!.Pii ?? current.Pii, body.Retention ?? current.Retention);
        return RegistryHttp.From(await Subject(grains, subject).SetLintPolicyAsync(policy), ToBody);
    }

    private static async Task<IResult> PutContractAsync(string subject, HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<ContractBody>(http);
        return invalid ?? InvalidSubject(subject)
            ?? RegistryHttp.From(await Subject(grains, subject).SetContractAsync(body!.Level ?? ""), l => new ContractBody(l));
    }

    private static LintPolicyBody ToBody(LintPolicy policy) => new(policy.Pii, policy.Retention);
}
