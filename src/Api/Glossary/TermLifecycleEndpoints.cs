using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Glossary;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Glossary;

/// <summary>A term's review: submit a draft, approve or reject what is in review, deprecate, and the history of every step.</summary>
public static class TermLifecycleEndpoints
{
    public static RouteGroupBuilder MapTermLifecycleEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/terms/{id}/submit", SubmitAsync).WithName("SubmitTerm").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.GlossaryTerm).WithSummary("Send a draft to review.");
        group.MapPost("/terms/{id}/approve", ApproveAsync).WithName("ApproveTerm").Allow(Role.Steward).Guard(PolicyActions.Approve, Resources.GlossaryTerm)
            .WithSummary("Approve the term, or its revision in review (which then comes into force); the approver is recorded.");
        group.MapPost("/terms/{id}/reject", RejectAsync).WithName("RejectTerm").Allow(Role.Steward).Guard(PolicyActions.Approve, Resources.GlossaryTerm)
            .WithSummary("Send a term in review back to draft, or drop a revision in review; needs a reason.");
        group.MapPost("/terms/{id}/deprecate", DeprecateAsync).WithName("DeprecateTerm").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.GlossaryTerm)
            .WithSummary("Retire an approved term, with a reason (what replaces it): it can no longer be assigned; assets that carry it keep it.");
        group.MapGet("/terms/{id}/history", HistoryAsync).WithName("GetTermHistory").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.GlossaryTerm)
            .WithSummary("Every step of the term, oldest first: created, edited, revised, submitted, approved, rejected, deprecated, with actor and revision.");
        return group;
    }

    private static Task<Results<Ok<TermView>, ProblemHttpResult>> SubmitAsync(string id, IGrainFactory grains) =>
        AnswerAsync(id, grains.GetGrain<IGlossaryTermGrain>(id).SubmitAsync());

    private static Task<Results<Ok<TermView>, ProblemHttpResult>> ApproveAsync(string id, IGrainFactory grains) =>
        AnswerAsync(id, grains.GetGrain<IGlossaryTermGrain>(id).ApproveAsync());

    private static Task<Results<Ok<TermView>, ProblemHttpResult>> RejectAsync(string id, ReasonRequest request, IGrainFactory grains) =>
        AnswerAsync(id, grains.GetGrain<IGlossaryTermGrain>(id).RejectAsync(request.Reason ?? ""));

    private static Task<Results<Ok<TermView>, ProblemHttpResult>> DeprecateAsync(string id, ReasonRequest request, IGrainFactory grains) =>
        AnswerAsync(id, grains.GetGrain<IGlossaryTermGrain>(id).DeprecateAsync(request.Reason ?? ""));

    private static async Task<Results<Ok<IReadOnlyList<TermHistoryEntry>>, ProblemHttpResult>> HistoryAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<IGlossaryTermGrain>(id).GetHistoryAsync() is { } history ? TypedResults.Ok(history) : GlossaryEndpoints.NotFound(id);

    private static async Task<Results<Ok<TermView>, ProblemHttpResult>> AnswerAsync(string id, Task<Grains.Catalog.SourceResult<TermView>> step)
    {
        var result = await step;
        return result.Value is { } view ? TypedResults.Ok(view)
            : result.ErrorCode == GlossaryErrors.TermNotFound ? GlossaryEndpoints.NotFound(id)
            : GlossaryEndpoints.Problem(result.ErrorCode!, result.Error);
    }

    /// <summary>Body of POST .../reject and .../deprecate: the reason, required.</summary>
    public sealed record ReasonRequest(string? Reason);
}
