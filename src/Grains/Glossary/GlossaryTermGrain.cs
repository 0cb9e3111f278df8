using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Search;

namespace DataSpine.Grains.Glossary;

public sealed record GlossaryTermState : IIndexedState
{
    public TermDefinition? Definition { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public SortedSet<string> UsedBy { get; set; } = [];

    /// <summary>A term is found by search like an asset, under type GlossaryTerm.</summary>
    public SearchDocument? ToSearchDocument() => Definition is not { } d
        ? null
        : new SearchDocument(d.Name, d.Name, "GlossaryTerm", "glossary", null, [], d.Definition, [], [d.Name, .. d.Synonyms]);
}

internal sealed class GlossaryTermGrain(
    [PersistentState("term")] IPersistentState<GlossaryTermState> term,
    TimeProvider clock) : Grain, IGlossaryTermGrain
{
    private const int MaxName = 200;
    private const int MaxDefinition = 10_000;

    private IGlossaryGrain Glossary => GrainFactory.GetGrain<IGlossaryGrain>("all");

    public async Task<SourceResult<TermView>> SaveAsync(TermDefinition definition)
    {
        var name = definition.Name.Trim();
        var synonyms = definition.Synonyms.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var problem = name.Length == 0 ? "name is required."
            : name.Length > MaxName ? $"name is at most {MaxName} characters."
            : definition.Definition.Length > MaxDefinition ? $"definition is at most {MaxDefinition} characters."
            : synonyms.Count > 50 || synonyms.Any(s => s.Length > MaxName) ? $"at most 50 synonyms of at most {MaxName} characters."
            : null;
        if (problem is not null)
        {
            return SourceResult.Fail<TermView>(GlossaryErrors.InvalidTerm, problem);
        }

        if (!await Glossary.ClaimAsync(new TermEntry(this.GetPrimaryKeyString(), name)))
        {
            return SourceResult.Fail<TermView>(GlossaryErrors.TermNameTaken, $"A term named '{name}' exists already.");
        }

        var now = clock.GetUtcNow();
        var renamed = term.State.Definition is { } old && old.Name != name;
        term.State.CreatedAt = term.State.Definition is null ? now : term.State.CreatedAt;
        term.State.Definition = definition with { Name = name, Synonyms = synonyms };
        term.State.UpdatedAt = now;
        await term.WriteStateAsync();
        if (renamed)
        {
            await Task.WhenAll(AssetIds().Select(id => GrainFactory.GetGrain<IAssetGrain>(id).RenameTermAsync(new TermRef(this.GetPrimaryKeyString(), name))));
        }

        return SourceResult.Ok(View());
    }

    public Task<TermView?> GetAsync() => Task.FromResult(term.State.Definition is null ? null : View());

    public async Task<bool> DeleteAsync()
    {
        if (term.State.Definition is null)
        {
            return false;
        }

        await Task.WhenAll(AssetIds().Select(id => GrainFactory.GetGrain<IAssetGrain>(id).RemoveTermAsync(this.GetPrimaryKeyString())));
        await term.ClearStateAsync();
        await Glossary.ReleaseAsync(this.GetPrimaryKeyString());
        return true;
    }

    public async Task SetUsageAsync(string target, bool used)
    {
        if (term.State.Definition is not null && (used ? term.State.UsedBy.Add(target) : term.State.UsedBy.Remove(target)))
        {
            await term.WriteStateAsync();
        }
    }

    private IEnumerable<string> AssetIds() => term.State.UsedBy.Select(t => t.Split('#')[0]).Distinct(StringComparer.Ordinal);

    private TermView View()
    {
        var d = term.State.Definition!;
        return new TermView(this.GetPrimaryKeyString(), d.Name, d.Definition, d.Synonyms, d.Owner, term.State.CreatedAt, term.State.UpdatedAt, [.. term.State.UsedBy]);
    }
}
