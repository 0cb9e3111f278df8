using Orleans.Concurrency;


namespace DataSpine.Grains.Lineage.Graph;

/// <summary>
/// Breadth-first walk: each hop asks all frontier nodes at once for their edges, never visits a node
/// twice (cycles are safe), and stops at the depth or the node budget, whichever comes first.
/// </summary>
[StatelessWorker]
internal sealed class LineageGraphGrain : Grain, ILineageGraphGrain
{
    public async Task<LineageGraph> TraverseAsync(LineageTraversal traversal)
    {
        var start = await GrainFactory.GetGrain<ILineageNodeGrain>(traversal.StartId).GetAsync();
        if (start is null)
        {
            return new LineageGraph([], Truncated: false, Hops: 0);
        }

        var nodes = new List<LineageNodeView> { start };
        var visited = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var frontier = new List<LineageNodeView> { start };
        var hops = 0;
        var truncated = false;
        while (frontier.Count > 0 && hops < traversal.Depth)
        {
            var next = new List<string>();
            foreach (var id in frontier.SelectMany(n => Neighbours(n, traversal.Direction)))
            {
                if (visited.Contains(id))
                {
                    continue;
                }

                if (visited.Count >= traversal.MaxNodes)
                {
                    truncated = true;
                    break;
                }

                visited.Add(id);
                next.Add(id);
            }

            if (next.Count == 0)
            {
                break;
            }

            hops++;
            var found = await Task.WhenAll(next.Select(id => GrainFactory.GetGrain<ILineageNodeGrain>(id).GetAsync()));
            frontier = [.. found.OfType<LineageNodeView>()];
            nodes.AddRange(frontier);
            if (truncated)
            {
                break;
            }
        }

        return new LineageGraph(nodes, truncated, hops);
    }

    private static IEnumerable<string> Neighbours(LineageNodeView node, LineageDirection direction)
    {
        if (direction != LineageDirection.Downstream)
        {
            foreach (var edge in node.InEdges)
            {
                yield return edge.Origin;
            }
        }

        if (direction != LineageDirection.Upstream)
        {
            foreach (var edge in node.OutEdges)
            {
                yield return edge.Destination;
            }
        }
    }
}
