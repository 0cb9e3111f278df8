
namespace DataSpine.Grains.Lineage.Namespaces;

public sealed record LineageNamespaceState
{
    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public SortedSet<string> Datasets { get; set; } = [];

    public SortedSet<string> Jobs { get; set; } = [];
}

internal sealed class LineageNamespaceGrain([PersistentState("namespace")] IPersistentState<LineageNamespaceState> ns) : Grain, ILineageNamespaceGrain
{
    public async Task AddAsync(IReadOnlyList<string> datasets, IReadOnlyList<string> jobs, DateTimeOffset at)
    {
        var state = ns.State;
        var isNew = state.CreatedAt is null;
        var changed = isNew;
        foreach (var name in datasets)
        {
            changed |= state.Datasets.Add(name);
        }

        foreach (var name in jobs)
        {
            changed |= state.Jobs.Add(name);
        }

        if (!changed)
        {
            return;
        }

        if (isNew)
        {
            await GrainFactory.GetGrain<ILineageNamespaceDirectoryGrain>("all").AddAsync(this.GetPrimaryKeyString());
        }

        state.CreatedAt ??= at;
        state.UpdatedAt = at > state.UpdatedAt ? at : state.UpdatedAt;
        await ns.WriteStateAsync();
    }

    public Task<LineageNamespaceView?> GetAsync() => Task.FromResult(ns.State.CreatedAt is { } created
        ? new LineageNamespaceView(this.GetPrimaryKeyString(), created, ns.State.UpdatedAt, [.. ns.State.Datasets], [.. ns.State.Jobs])
        : null);
}

public sealed record LineageNamespaceDirectoryState
{
    public SortedSet<string> Names { get; set; } = [];
}

internal sealed class LineageNamespaceDirectoryGrain([PersistentState("namespaces")] IPersistentState<LineageNamespaceDirectoryState> directory)
    : Grain, ILineageNamespaceDirectoryGrain
{
    public async Task AddAsync(string ns)
    {
        if (directory.State.Names.Add(ns))
        {
            await directory.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. directory.State.Names]);
}
