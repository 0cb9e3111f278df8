namespace DataSpine.Grains.Lineage.Graph;

public sealed record LineageNodeState
{
    public LineageNodeData? Data { get; set; }

    public List<LineageEdge> InEdges { get; set; } = [];

    public List<LineageEdge> OutEdges { get; set; } = [];

    /// <summary>The job's latest runs, newest first.</summary>
    public List<LineageRunRef> Runs { get; set; } = [];

    /// <summary>A dataset's fields that are lineage nodes of their own.</summary>
    public List<string> FieldNodes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
