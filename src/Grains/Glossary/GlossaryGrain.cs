
namespace DataSpine.Grains.Glossary;

public sealed record GlossaryState
{
    public List<TermEntry> Terms { get; set; } = [];
}

internal sealed class GlossaryGrain([PersistentState("glossary")] IPersistentState<GlossaryState> glossary) : Grain, IGlossaryGrain
{
    public async Task<bool> ClaimAsync(TermEntry entry)
    {
        var terms = glossary.State.Terms;
        if (terms.Any(t => t.Id != entry.Id && string.Equals(t.Name, entry.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (terms.Contains(entry))
        {
            return true;
        }

        terms.RemoveAll(t => t.Id == entry.Id);
        terms.Add(entry);
        await glossary.WriteStateAsync();
        return true;
    }

    public async Task ReleaseAsync(string id)
    {
        if (glossary.State.Terms.RemoveAll(t => t.Id == id) > 0)
        {
            await glossary.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<TermEntry>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TermEntry>>([.. glossary.State.Terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)]);
}
