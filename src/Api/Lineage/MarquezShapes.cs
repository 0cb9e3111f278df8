using DataSpine.Grains.Lineage;

namespace DataSpine.Api.Lineage;

/// <summary>
/// Turns lineage nodes into Marquez's shapes. Neighbours that the answer does not hold are read once
/// (a job names its inputs by namespace and name; a field its input fields), all at once.
/// </summary>
internal sealed class MarquezShapes(IGrainFactory grains)
{
    private readonly Dictionary<string, LineageNodeView?> _nodes = new(StringComparer.Ordinal);

    public static MarquezShapes With(IGrainFactory grains, IEnumerable<LineageNodeView> known)
    {
        var shapes = new MarquezShapes(grains);
        foreach (var node in known)
        {
            shapes._nodes[node.Id] = node;
        }

        return shapes;
    }

    /// <summary>Reads the neighbours of <paramref name="nodes"/> that are not known yet.</summary>
    public async Task LoadNeighboursAsync(IEnumerable<LineageNodeView> nodes)
    {
        var missing = nodes.SelectMany(n => n.InEdges.Select(e => e.Origin).Concat(n.OutEdges.Select(e => e.Destination)))
            .Where(id => !_nodes.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        var found = await Task.WhenAll(missing.Select(id => grains.GetGrain<ILineageNodeGrain>(id).GetAsync()));
        for (var i = 0; i < missing.Count; i++)
        {
            _nodes[missing[i]] = found[i];
        }
    }

    public async Task<MarquezNode> NodeAsync(LineageNodeView node) => new(
        node.Id,
        node.Data.Type,
        node.Data.Type switch
        {
            LineageNodeIds.JobType => await JobAsync(node),
            LineageNodeIds.FieldType => Field(node),
            _ => Dataset(node),
        },
        [.. node.InEdges.Select(e => new MarquezEdge(e.Origin, e.Destination))],
        [.. node.OutEdges.Select(e => new MarquezEdge(e.Origin, e.Destination))]);

    public static MarquezDataset Dataset(LineageNodeView node) => new(
        new MarquezId(node.Data.Namespace, node.Data.Name),
        node.Data.Kind is "STREAM" ? "STREAM" : "DB_TABLE",
        node.Data.Name,
        node.Data.Name,
        node.CreatedAt,
        node.UpdatedAt,
        node.Data.Namespace,
        node.Data.SourceName,
        [.. (node.Data.Fields ?? []).Select(f => new MarquezField(f.Name, f.Type, [], f.Description))],
        [],
        node.UpdatedAt,
        node.Data.Description,
        node.Data.AssetId);

    public async Task<MarquezJob> JobAsync(LineageNodeView node)
    {
        var latest = node.Runs.Count > 0 ? await grains.GetGrain<ILineageRunGrain>(node.Runs[0].Id).GetAsync() : null;
        return new MarquezJob(
            new MarquezId(node.Data.Namespace, node.Data.Name),
            node.Data.Kind is "STREAMING" or "STREAM" ? "STREAM" : "BATCH",
            node.Data.Name,
            node.Data.Name,
            node.CreatedAt,
            node.UpdatedAt,
            node.Data.Namespace,
            [.. Ids(node.InEdges.Select(e => e.Origin))],
            [.. Ids(node.OutEdges.Select(e => e.Destination))],
            node.Data.Location,
            node.Data.Description,
            node.Data.Sql,
            latest is null ? null : Run(latest));
    }

    public static MarquezRun Run(LineageRunView run) => new(
        run.Id,
        run.CreatedAt,
        run.UpdatedAt,
        run.NominalStartTime,
        run.NominalEndTime,
        run.State,
        run.StartedAt,
        run.EndedAt,
        run is { StartedAt: { } started, EndedAt: { } ended } ? (long)(ended - started).TotalMilliseconds : null,
        new Dictionary<string, string>(),
        new MarquezId(run.JobNamespace, run.JobName),
        run.ParentRunId,
        run.InputIds,
        run.OutputIds);

    private MarquezFieldData Field(LineageNodeView node)
    {
        var inputs = node.InEdges
            .Select(e => (Edge: e, Node: _nodes.GetValueOrDefault(e.Origin)))
            .Where(x => x.Node is not null)
            .Select(x => new MarquezInputField(x.Node!.Data.Namespace, x.Node.Data.Name, null, x.Node.Data.Field ?? "",
                x.Edge.Description, x.Edge.Subtype ?? x.Edge.Type, x.Edge.Type, x.Edge.Subtype))
            .ToList();
        var first = node.InEdges.Count > 0 ? node.InEdges[0] : null;
        return new MarquezFieldData(node.Data.Namespace, node.Data.Name, null, node.Data.Field ?? "", node.Data.FieldType,
            first?.Description, first?.Subtype ?? first?.Type, inputs);
    }

    private IEnumerable<MarquezId> Ids(IEnumerable<string> ids) =>
        ids.Select(id => _nodes.GetValueOrDefault(id)).OfType<LineageNodeView>()
            .Where(n => n.Data.Type == LineageNodeIds.DatasetType)
            .Select(n => new MarquezId(n.Data.Namespace, n.Data.Name));
}
