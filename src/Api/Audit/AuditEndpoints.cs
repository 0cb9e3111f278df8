using System.Text.Json;
using DataSpine.Api.Errors;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Audit;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Audit;

/// <summary>The audit trail: list with filters, verify the hash chain, its checkpoints, and an NDJSON export.</summary>
public static class AuditEndpoints
{
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").Allow(Role.Admin).Guard(PolicyActions.Admin, "audit");
        group.MapGet("", ListAsync).WithName("ListAudit")
            .WithSummary("Audit records, newest first; filters: actor, target (a prefix of grainType/key/state), action, from, to; cursor and limit (1-1000).");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAudit")
            .WithSummary("Recompute the hash chain and report the first broken link; headSeq and headHash check a head exported earlier.");
        group.MapGet("/checkpoints", CheckpointsAsync).WithName("ListAuditCheckpoints").WithSummary("The chain heads checkpointed so far, oldest first.");
        group.MapGet("/export", ExportAsync).WithName("ExportAudit").WithSummary("Every record, oldest first, as NDJSON (application/x-ndjson).");
        return api;
    }

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAsync(
        IGrainFactory grains, string? actor, string? target, string? action, DateTimeOffset? from, DateTimeOffset? to, long? cursor, int? limit)
    {
        if (limit is < 1 or > AuditFilter.MaxLimit || cursor is < 1)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"limit is 1 to {AuditFilter.MaxLimit} and cursor a positive record number.");
        }

        return TypedResults.Ok(await grains.GetGrain<IAuditGrain>(0).ListAsync(new AuditFilter(actor, target, action, from, to, cursor, limit ?? 100)));
    }

    private static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> VerifyAsync(IGrainFactory grains, long? headSeq, string? headHash)
    {
        if ((headSeq is null) != (headHash is null) || headSeq is < 1)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "give both headSeq (a positive record number) and headHash, or neither.");
        }

        var expected = headSeq is null ? null : new AuditHead(headSeq.Value, headHash!);
        return TypedResults.Ok(await grains.GetGrain<IAuditGrain>(0).VerifyAsync(expected));
    }

    private static async Task<Ok<IReadOnlyList<AuditHead>>> CheckpointsAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAuditGrain>(0).CheckpointsAsync());

    private static async Task ExportAsync(HttpContext context, IGrainFactory grains)
    {
        context.Response.ContentType = "application/x-ndjson";
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        long? after = null;
        do
        {
            var page = await grains.GetGrain<IAuditGrain>(0).ListAsync(new AuditFilter(Ascending: true, After: after, Limit: AuditFilter.MaxLimit));
            foreach (var record in page.Items)
            {
                await JsonSerializer.SerializeAsync(context.Response.Body, record, options, context.RequestAborted);
                await context.Response.Body.WriteAsync(NewLine, context.RequestAborted);
            }

            after = page.Cursor is null ? null : page.Items[^1].Seq;
        }
        while (after is not null);
    }
}
