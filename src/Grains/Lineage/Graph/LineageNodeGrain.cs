
namespace DataSpine.Grains.Lineage.Graph;

internal sealed class LineageNodeGrain([PersistentState("node")] IPersistentState<LineageNodeState> node) : Grain, ILineageNodeGrain
{
    private const int MaxRuns = 100;

    private LineageNodeState State => node.State;

    public Task<LineageNodeView?> GetAsync() => Task.FromResult(State.Data is null
        ? null
        : new LineageNodeView(this.GetPrimaryKeyString(), State.Data, State.InEdges, State.OutEdges, State.Runs, State.FieldNodes, State.CreatedAt, State.UpdatedAt));

    public async Task ApplyAsync(LineageNodeUpdate update)
    {
        var changed = false;
        if (State.Data is null)
        {
            State.Data = update.Data;
            State.CreatedAt = update.At;
            changed = true;
        }
        else
        {
            var merged = State.Data.Merge(update.Data);
            changed = !Same(merged, State.Data);
            State.Data = merged;
        }

        changed |= AddEdges(State.InEdges, update.InEdges);
        changed |= AddEdges(State.OutEdges, update.OutEdges);
        changed |= AddRun(update.Run);
        foreach (var field in update.FieldNodes ?? [])
        {
            if (!State.FieldNodes.Contains(field))
            {
                State.FieldNodes.Add(field);
                changed = true;
            }
        }

        if (!changed)
        {
            return;
        }

        State.UpdatedAt = update.At > State.UpdatedAt ? update.At : State.UpdatedAt;
        await node.WriteStateAsync();
    }

    private static bool Same(LineageNodeData a, LineageNodeData b) =>
        a == b || (a with { Fields = null } == b with { Fields = null } && (a.Fields ?? []).SequenceEqual(b.Fields ?? []));

    /// <summary>An edge between the same two nodes is one edge; a newer type or description replaces the old.</summary>
    private static bool AddEdges(List<LineageEdge> edges, IReadOnlyList<LineageEdge> added)
    {
        var changed = false;
        foreach (var edge in added)
        {
            var index = edges.FindIndex(e => e.Origin == edge.Origin && e.Destination == edge.Destination);
            if (index < 0)
            {
                edges.Add(edge);
                changed = true;
            }
            else if (edges[index] != edge)
            {
                edges[index] = edge;
                changed = true;
            }
        }

        return changed;
    }

    private bool AddRun(LineageRunRef? run)
    {
        if (run is null)
        {
            return false;
        }

        var index = State.Runs.FindIndex(r => r.Id == run.Id);
        if (index >= 0)
        {
            if (State.Runs[index] == run || State.Runs[index].At > run.At)
            {
                return false;
            }

            State.Runs.RemoveAt(index);
        }

        State.Runs.Insert(0, run);
        State.Runs.Sort((x, y) => y.At.CompareTo(x.At));
        if (State.Runs.Count > MaxRuns)
        {
            State.Runs.RemoveRange(MaxRuns, State.Runs.Count - MaxRuns);
        }

        return true;
    }
}
