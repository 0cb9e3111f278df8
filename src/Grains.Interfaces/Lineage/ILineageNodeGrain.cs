using Orleans.Concurrency;

namespace DataSpine.Grains.Lineage;

/// <summary>One lineage node (dataset, dataset field or job), keyed by its Marquez id; holds its edges.</summary>
[Alias("ds.lineage.ILineageNodeGrain")]
public interface ILineageNodeGrain : IGrainWithStringKey
{
    /// <summary>The node, or null when nothing ever named it.</summary>
    [ReadOnly]
    Task<LineageNodeView?> GetAsync();

    /// <summary>Merges data and adds edges; writes only when something changed, so replays cost no write.</summary>
    Task ApplyAsync(LineageNodeUpdate update);
}

/// <summary>Walks the lineage graph by asking node grains for their edges, hop by hop (stateless; any silo).</summary>
[Alias("ds.lineage.ILineageGraphGrain")]
public interface ILineageGraphGrain : IGrainWithStringKey
{
    Task<LineageGraph> TraverseAsync(LineageTraversal traversal);
}
