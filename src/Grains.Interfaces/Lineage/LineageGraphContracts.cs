namespace DataSpine.Grains.Lineage;

/// <summary>
/// An edge between two lineage nodes, stored on both ends. Dataset-job edges have no type; field edges
/// are DIRECT or INDIRECT, with the transformation's subtype and description when the producer gave them.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageEdge")]
public sealed record LineageEdge(string Origin, string Destination, string? Type = null, string? Subtype = null, string? Description = null);

/// <summary>A field of a dataset, from a schema facet or a catalog scan.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageField")]
public sealed record LineageField(string Name, string? Type, string? Description);

/// <summary>
/// What a node is. Updates merge: a null member keeps what the node has, so partial producers
/// (an event without a schema facet, a SQL statement) never erase what others told.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageNodeData")]
public sealed record LineageNodeData
{
    [Id(0)]
    public required string Type { get; init; }

    [Id(1)]
    public required string Namespace { get; init; }

    /// <summary>The dataset's or job's name; for a field, its dataset's name.</summary>
    [Id(2)]
    public required string Name { get; init; }

    [Id(3)]
    public string? Field { get; init; }

    [Id(4)]
    public string? Description { get; init; }

    /// <summary>DB_TABLE, VIEW, STREAM, FILE ... for datasets; BATCH, STREAMING, VIEW_DEFINITION, SQL for jobs.</summary>
    [Id(5)]
    public string? Kind { get; init; }

    [Id(6)]
    public string? SourceName { get; init; }

    [Id(7)]
    public string? FieldType { get; init; }

    [Id(8)]
    public IReadOnlyList<LineageField>? Fields { get; init; }

    [Id(9)]
    public string? Sql { get; init; }

    [Id(10)]
    public string? Location { get; init; }

    /// <summary>Which catalog asset this dataset is, when the catalog scanned it.</summary>
    [Id(11)]
    public string? AssetId { get; init; }

    public LineageNodeData Merge(LineageNodeData? newer) => newer is null ? this : this with
    {
        Description = newer.Description ?? Description,
        Kind = newer.Kind ?? Kind,
        SourceName = newer.SourceName ?? SourceName,
        FieldType = newer.FieldType ?? FieldType,
        Fields = newer.Fields ?? Fields,
        Sql = newer.Sql ?? Sql,
        Location = newer.Location ?? Location,
        AssetId = newer.AssetId ?? AssetId,
    };
}

/// <summary>What one write adds to one node: data to merge, edges to add (idempotent), and a run of the job.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageNodeUpdate")]
public sealed record LineageNodeUpdate(
    string Id,
    LineageNodeData Data,
    IReadOnlyList<LineageEdge> InEdges,
    IReadOnlyList<LineageEdge> OutEdges,
    DateTimeOffset At,
    LineageRunRef? Run = null,
    IReadOnlyList<string>? FieldNodes = null);

/// <summary>A run as its job remembers it (the latest first).</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageRunRef")]
public sealed record LineageRunRef(string Id, string State, DateTimeOffset At);

/// <summary>A node with its edges, as stored; a dataset also lists the fields that have lineage nodes.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageNodeView")]
public sealed record LineageNodeView(
    string Id,
    LineageNodeData Data,
    IReadOnlyList<LineageEdge> InEdges,
    IReadOnlyList<LineageEdge> OutEdges,
    IReadOnlyList<LineageRunRef> Runs,
    IReadOnlyList<string> FieldNodes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

[GenerateSerializer, Alias("ds.lineage.LineageDirection")]
public enum LineageDirection
{
    Upstream,
    Downstream,
    Both,
}

/// <summary>A graph walk from one node: breadth-first, at most <paramref name="Depth"/> edges away and <paramref name="MaxNodes"/> nodes.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageTraversal")]
public sealed record LineageTraversal(string StartId, LineageDirection Direction, int Depth, int MaxNodes);

/// <summary>The nodes reached; <paramref name="Truncated"/> when the node budget stopped the walk before its depth.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageGraph")]
public sealed record LineageGraph(IReadOnlyList<LineageNodeView> Nodes, bool Truncated, int Hops);
