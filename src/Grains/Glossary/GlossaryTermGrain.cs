using DataSpine.Grains.Audit;
using DataSpine.Grains.Catalog;

namespace DataSpine.Grains.Glossary;

internal sealed partial class GlossaryTermGrain(
    [PersistentState("term")] IPersistentState<GlossaryTermState> term,
    TimeProvider clock,
    GlossaryOptions options) : Grain, IGlossaryTermGrain
{
    private const int MaxName = 200;
    private const int MaxDefinition = 10_000;

    private IGlossaryGrain Glossary => GrainFactory.GetGrain<IGlossaryGrain>("all");

    private GlossaryTermState State => term.State;

    private string Id => this.GetPrimaryKeyString();

    public async Task<SourceResult<TermView>> CreateAsync(TermDefinition definition, TermStatus? requested)
    {
        var status = requested ?? options.NewTermStatus;
        if (State.Definition is not null)
        {
            return Fail(GlossaryErrors.InvalidTerm, $"Term '{Id}' exists already.");
        }

        if (status is not (TermStatus.Draft or TermStatus.Approved))
        {
            return Fail(GlossaryErrors.InvalidTermStatus, "A new term is a draft or approved.");
        }

        if (Normalized(definition) is not { } clean)
        {
            return Fail(GlossaryErrors.InvalidTerm, Problem(definition)!);
        }

        if (!await Glossary.ClaimAsync(new TermEntry(Id, clean.Name, status)))
        {
            return Fail(GlossaryErrors.TermNameTaken, $"A term named '{clean.Name}' exists already.");
        }

        var (now, actor) = (clock.GetUtcNow(), AuditContext.CurrentActor);
        State.CreatedAt = State.UpdatedAt = now;
        State.Definition = clean;
        State.Status = status;
        State.Revision = 1;
        (State.ApprovedBy, State.ApprovedAt) = status == TermStatus.Approved ? (actor, now) : ((string?)null, (DateTimeOffset?)null);
        State.Record(status == TermStatus.Approved ? "created approved" : "created", 1, status, actor, now, clean, null);
        await term.WriteStateAsync();
        return SourceResult.Ok(View());
    }

    public async Task<SourceResult<TermView>> SaveAsync(TermDefinition definition)
    {
        if (State.Definition is not { } current)
        {
            return Fail(GlossaryErrors.TermNotFound, $"No glossary term '{Id}'.");
        }

        if (State.Status == TermStatus.Deprecated)
        {
            return Fail(GlossaryErrors.InvalidTermStatus, "A deprecated term does not change.");
        }

        if (Normalized(definition) is not { } clean)
        {
            return Fail(GlossaryErrors.InvalidTerm, Problem(definition)!);
        }

        var (now, actor) = (clock.GetUtcNow(), AuditContext.CurrentActor);
        if (State.Status == TermStatus.Approved)
        {
            // The approved revision stays in force; the change waits for review (its name is claimed on approval).
            if (await NameTakenAsync(clean.Name))
            {
                return Fail(GlossaryErrors.TermNameTaken, $"A term named '{clean.Name}' exists already.");
            }

            State.Pending = new TermRevision(State.Revision + 1, clean, TermStatus.InReview, actor, now);
            State.Record("revised", State.Revision + 1, TermStatus.InReview, actor, now, clean, null);
        }
        else
        {
            if (!await Glossary.ClaimAsync(new TermEntry(Id, clean.Name, State.Status)))
            {
                return Fail(GlossaryErrors.TermNameTaken, $"A term named '{clean.Name}' exists already.");
            }

            State.Definition = clean;
            State.Record("edited", State.Revision, State.Status, actor, now, clean, null);
            await RenameOnAssetsAsync(current, clean);
        }

        State.UpdatedAt = now;
        await term.WriteStateAsync();
        return SourceResult.Ok(View());
    }

    public Task<TermView?> GetAsync() => Task.FromResult(State.Definition is null ? null : View());

    public Task<IReadOnlyList<TermHistoryEntry>?> GetHistoryAsync() =>
        Task.FromResult<IReadOnlyList<TermHistoryEntry>?>(State.Definition is null ? null : [.. State.History]);

    public async Task<bool> DeleteAsync()
    {
        if (State.Definition is null)
        {
            return false;
        }

        await Task.WhenAll(AssetIds().Select(id => GrainFactory.GetGrain<IAssetGrain>(id).RemoveTermAsync(Id)));
        await term.ClearStateAsync();
        await Glossary.ReleaseAsync(Id);
        return true;
    }

    public async Task SetUsageAsync(string target, bool used)
    {
        if (State.Definition is not null && (used ? State.UsedBy.Add(target) : State.UsedBy.Remove(target)))
        {
            await term.WriteStateAsync();
        }
    }

    private async Task RenameOnAssetsAsync(TermDefinition before, TermDefinition after)
    {
        if (before.Name != after.Name)
        {
            await Task.WhenAll(AssetIds().Select(id => GrainFactory.GetGrain<IAssetGrain>(id).RenameTermAsync(new TermRef(Id, after.Name))));
        }
    }

    private async Task<bool> NameTakenAsync(string name) =>
        (await Glossary.ListAsync()).Any(t => t.Id != Id && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<string> AssetIds() => State.UsedBy.Select(t => t.Split('#')[0]).Distinct(StringComparer.Ordinal);

    private static TermDefinition? Normalized(TermDefinition definition) => Problem(definition) is null
        ? definition with
        {
            Name = definition.Name.Trim(),
            Synonyms = definition.Synonyms.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        }
        : null;

    private static string? Problem(TermDefinition definition)
    {
        var name = definition.Name.Trim();
        var synonyms = definition.Synonyms.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return name.Length == 0 ? "name is required."
            : name.Length > MaxName ? $"name is at most {MaxName} characters."
            : definition.Definition.Length > MaxDefinition ? $"definition is at most {MaxDefinition} characters."
            : synonyms.Count > 50 || synonyms.Any(s => s.Length > MaxName) ? $"at most 50 synonyms of at most {MaxName} characters."
            : null;
    }

    private static SourceResult<TermView> Fail(string code, string error) => SourceResult.Fail<TermView>(code, error);

    private TermView View()
    {
        var d = State.Definition!;
        return new TermView(Id, d.Name, d.Definition, d.Synonyms, d.Owner, State.CreatedAt, State.UpdatedAt, [.. State.UsedBy],
            State.Status, State.Revision, State.ApprovedBy, State.ApprovedAt, State.Pending);
    }
}
