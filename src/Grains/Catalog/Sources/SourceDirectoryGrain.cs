
namespace DataSpine.Grains.Catalog.Sources;

public sealed record SourceDirectoryState
{
    public List<SourceEntry> Entries { get; set; } = [];
}

internal sealed class SourceDirectoryGrain([PersistentState("directory")] IPersistentState<SourceDirectoryState> directory)
    : Grain, ISourceDirectoryGrain
{
    public async Task<bool> ClaimAsync(SourceEntry entry)
    {
        var entries = directory.State.Entries;
        if (entries.Any(e => e.Id != entry.Id && string.Equals(e.Name, entry.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        entries.RemoveAll(e => e.Id == entry.Id);
        entries.Add(entry);
        await directory.WriteStateAsync();
        return true;
    }

    public async Task ReleaseAsync(string id)
    {
        if (directory.State.Entries.RemoveAll(e => e.Id == id) > 0)
        {
            await directory.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<SourceEntry>> ListAsync() =>
        Task.FromResult<IReadOnlyList<SourceEntry>>([.. directory.State.Entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)]);
}
