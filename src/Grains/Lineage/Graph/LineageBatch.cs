namespace DataSpine.Grains.Lineage.Graph;

/// <summary>
/// Collects the nodes and edges that one piece of lineage names, each edge on both of its ends, and
/// hands them out as one update per node (so each node grain is written once per ingest).
/// </summary>
internal sealed class LineageBatch(DateTimeOffset at)
{
    private readonly Dictionary<string, PendingNode> _nodes = new(StringComparer.Ordinal);

    public DateTimeOffset At => at;

    public string Dataset(string ns, string name, LineageNodeData? data = null) =>
        Add(LineageNodeIds.Dataset(ns, name), new LineageNodeData { Type = LineageNodeIds.DatasetType, Namespace = ns, Name = name }.Merge(data));

    public string Job(string ns, string name, LineageNodeData? data = null, LineageRunRef? run = null)
    {
        var id = Add(LineageNodeIds.Job(ns, name), new LineageNodeData { Type = LineageNodeIds.JobType, Namespace = ns, Name = name }.Merge(data));
        _nodes[id].Run = run ?? _nodes[id].Run;
        return id;
    }

    /// <summary>A field node; its dataset node learns that the field has one (column lineage of a whole dataset starts there).</summary>
    public string Field(string ns, string dataset, string field, string? fieldType = null)
    {
        _nodes[Dataset(ns, dataset)].FieldNodes.Add(field);
        return Add(LineageNodeIds.Field(ns, dataset, field), new LineageNodeData
        {
            Type = LineageNodeIds.FieldType,
            Namespace = ns,
            Name = dataset,
            Field = field,
            FieldType = fieldType,
        });
    }

    public void Edge(string origin, string destination, string? type = null, string? subtype = null, string? description = null)
    {
        if (origin == destination)
        {
            return; // a job reading and writing one table, or a column updated from itself: no self-loop
        }

        var edge = new LineageEdge(origin, destination, type, subtype, description);
        _nodes[origin].Out[destination] = edge;
        _nodes[destination].In[origin] = edge;
    }

    /// <summary>Datasets and jobs per namespace, for the namespace directory.</summary>
    public IEnumerable<(string Namespace, List<string> Datasets, List<string> Jobs)> Namespaces() =>
        _nodes.Values.Where(n => n.Data.Type != LineageNodeIds.FieldType)
            .GroupBy(n => n.Data.Namespace, StringComparer.Ordinal)
            .Select(g => (g.Key,
                g.Where(n => n.Data.Type == LineageNodeIds.DatasetType).Select(n => n.Data.Name).ToList(),
                g.Where(n => n.Data.Type == LineageNodeIds.JobType).Select(n => n.Data.Name).ToList()));

    public IEnumerable<LineageNodeUpdate> Updates() =>
        _nodes.Select(n => new LineageNodeUpdate(
            n.Key, n.Value.Data, [.. n.Value.In.Values], [.. n.Value.Out.Values], at, n.Value.Run, n.Value.FieldNodes.Count > 0 ? [.. n.Value.FieldNodes] : null));

    private string Add(string id, LineageNodeData data)
    {
        if (_nodes.TryGetValue(id, out var node))
        {
            node.Data = node.Data.Merge(data);
        }
        else
        {
            _nodes[id] = new PendingNode(data);
        }

        return id;
    }

    private sealed class PendingNode(LineageNodeData data)
    {
        public LineageNodeData Data { get; set; } = data;

        public Dictionary<string, LineageEdge> In { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, LineageEdge> Out { get; } = new(StringComparer.Ordinal);

        public LineageRunRef? Run { get; set; }

        public SortedSet<string> FieldNodes { get; } = new(StringComparer.Ordinal);
    }
}
