using DataSpine.Grains.Lineage.Graph;

namespace DataSpine.Grains.ChangeEvents;

internal static partial class CatalogChanges
{
    /// <summary>
    /// New edges, told once: by the node they leave (an edge is stored on both ends). Edges are only ever added;
    /// a node's data and runs are not catalog changes of their own here.
    /// </summary>
    private static List<CatalogChange> Lineage(string id, LineageNodeState? before, LineageNodeState? after)
    {
        var known = before?.OutEdges.ToHashSet() ?? [];
        return [.. (after?.OutEdges ?? []).Where(e => !known.Contains(e))
            .Select(e => new CatalogChange(CatalogEventTypes.LineageEdgeAdded, id, new EdgeAdded(e.Origin, e.Destination, e.Type, e.Subtype)))];
    }

    internal sealed record EdgeAdded(string Origin, string Destination, string? EdgeType, string? Subtype);
}
