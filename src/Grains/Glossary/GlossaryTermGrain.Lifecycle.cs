using DataSpine.Grains.Audit;
using DataSpine.Grains.Catalog;

namespace DataSpine.Grains.Glossary;

/// <summary>
/// A term's review (issue 19): draft → in review → approved → deprecated. A change to an approved term is a
/// new revision that goes through review while the approved one stays in force; every step is in the history.
/// </summary>
internal sealed partial class GlossaryTermGrain
{
    private const int MaxNote = 1000;

    public async Task<SourceResult<TermView>> SubmitAsync()
    {
        if (Refused(State.Status == TermStatus.Draft, "submitted", "a draft") is { } refused)
        {
            return refused;
        }

        return await StepAsync("submitted", TermStatus.InReview, null);
    }

    public async Task<SourceResult<TermView>> ApproveAsync()
    {
        if (Refused(State.Status == TermStatus.InReview || State.Pending is not null, "approved", "a term or revision in review") is { } refused)
        {
            return refused;
        }

        var (now, actor) = (clock.GetUtcNow(), AuditContext.CurrentActor);
        if (State.Pending is { } revision)
        {
            if (!await Glossary.ClaimAsync(new TermEntry(Id, revision.Definition.Name, TermStatus.Approved)))
            {
                return Fail(GlossaryErrors.TermNameTaken, $"A term named '{revision.Definition.Name}' exists already.");
            }

            var before = State.Definition!;
            State.Definition = revision.Definition;
            State.Revision = revision.Revision;
            State.Pending = null;
            await RenameOnAssetsAsync(before, revision.Definition);
        }

        (State.ApprovedBy, State.ApprovedAt) = (actor, now);
        return await StepAsync("approved", TermStatus.Approved, null);
    }

    public async Task<SourceResult<TermView>> RejectAsync(string reason)
    {
        if (Refused(State.Status == TermStatus.InReview || State.Pending is not null, "rejected", "a term or revision in review") is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxNote)
        {
            return Fail(GlossaryErrors.InvalidTerm, $"A rejection needs a reason of at most {MaxNote} characters.");
        }

        if (State.Pending is { } revision)
        {
            State.Pending = null;
            State.Record("rejected", revision.Revision, TermStatus.Draft, AuditContext.CurrentActor, clock.GetUtcNow(), revision.Definition, reason.Trim());
            await term.WriteStateAsync();
            return SourceResult.Ok(View());
        }

        return await StepAsync("rejected", TermStatus.Draft, reason.Trim());
    }

    public async Task<SourceResult<TermView>> DeprecateAsync(string reason)
    {
        if (Refused(State.Status == TermStatus.Approved, "deprecated", "an approved term") is { } refused)
        {
            return refused;
        }

        // The reason says what replaces the term; it is required, like a rejection's, so an empty request retires nothing.
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxNote)
        {
            return Fail(GlossaryErrors.InvalidTerm, $"A deprecation needs a reason of at most {MaxNote} characters.");
        }

        State.Pending = null;
        return await StepAsync("deprecated", TermStatus.Deprecated, reason.Trim());
    }

    private SourceResult<TermView>? Refused(bool allowed, string done, string what) =>
        State.Definition is null ? Fail(GlossaryErrors.TermNotFound, $"No glossary term '{Id}'.")
        : allowed ? null
        : Fail(GlossaryErrors.InvalidTermStatus, $"Only {what} can be {done}; term '{Id}' is {State.Status}.");

    private async Task<SourceResult<TermView>> StepAsync(string action, TermStatus status, string? note)
    {
        var now = clock.GetUtcNow();
        State.Status = status;
        State.UpdatedAt = now;
        State.Record(action, State.Revision, status, AuditContext.CurrentActor, now, State.Definition!, note);
        await Glossary.ClaimAsync(new TermEntry(Id, State.Definition!.Name, status));
        await term.WriteStateAsync();
        return SourceResult.Ok(View());
    }
}
