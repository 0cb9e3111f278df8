using DataSpine.Api.Errors;
using DataSpine.Api.Security;
using DataSpine.Grains.Lineage;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Lineage;

/// <summary>Marquez's graph reads: dataset/job lineage and column lineage around one node.</summary>
public static class LineageGraphEndpoints
{
    private const int MaxDepth = 100;
    private const int DefaultMaxNodes = 1000;
    private const int MaxNodesCap = 20_000;

    public static RouteGroupBuilder MapLineageGraphEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/lineage", LineageAsync).WithTags("Lineage").WithName("GetLineage").Allow(Role.Viewer)
            .WithSummary("Datasets and jobs connected to nodeId (dataset:ns:name or job:ns:name), up to depth edges away in both directions.");
        api.MapGet("/column-lineage", ColumnLineageAsync).WithTags("Lineage").WithName("GetColumnLineage").Allow(Role.Viewer)
            .WithSummary("Field-level lineage upstream of nodeId (datasetField:ns:dataset:field, or dataset:ns:name for all its fields); withDownstream adds what it feeds.");
        return api;
    }

    private static async Task<Results<Ok<MarquezGraph>, ProblemHttpResult>> LineageAsync(
        IGrainFactory grains, string? nodeId, int? depth, int? maxNodes, string? direction)
    {
        if (Check(nodeId, depth, maxNodes) is { } problem)
        {
            return problem;
        }

        if (LineageNodeIds.TypeOf(nodeId!) is not (LineageNodeIds.DatasetType or LineageNodeIds.JobType))
        {
            return ApiProblem.BadRequest("invalid_node_id", "nodeId must be dataset:<namespace>:<name> or job:<namespace>:<name>.");
        }

        if (!Enum.TryParse<LineageDirection>(direction ?? "both", ignoreCase: true, out var walk))
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "direction must be upstream, downstream or both.");
        }

        var graph = await grains.GetGrain<ILineageGraphGrain>("graph")
            .TraverseAsync(new LineageTraversal(nodeId!, walk, depth ?? 20, Math.Clamp(maxNodes ?? DefaultMaxNodes, 1, MaxNodesCap)));
        return graph.Nodes.Count == 0 ? NodeNotFound(nodeId!) : TypedResults.Ok(await ShapeAsync(grains, graph.Nodes, graph.Truncated));
    }

    private static async Task<Results<Ok<MarquezGraph>, ProblemHttpResult>> ColumnLineageAsync(
        IGrainFactory grains, string? nodeId, int? depth, bool? withDownstream, int? maxNodes)
    {
        if (Check(nodeId, depth, maxNodes) is { } problem)
        {
            return problem;
        }

        var type = LineageNodeIds.TypeOf(nodeId!);
        if (type is not (LineageNodeIds.DatasetType or LineageNodeIds.FieldType))
        {
            return ApiProblem.BadRequest("invalid_node_id", "nodeId must be datasetField:<namespace>:<dataset>:<field> or dataset:<namespace>:<name>.");
        }

        var starts = new List<string> { nodeId! };
        if (type == LineageNodeIds.DatasetType)
        {
            if (await grains.GetGrain<ILineageNodeGrain>(nodeId!).GetAsync() is not { } dataset)
            {
                return NodeNotFound(nodeId!);
            }

            starts = [.. dataset.FieldNodes.Select(f => LineageNodeIds.Field(dataset.Data.Namespace, dataset.Data.Name, f))];
        }

        var direction = withDownstream == true ? LineageDirection.Both : LineageDirection.Upstream;
        var budget = Math.Clamp(maxNodes ?? DefaultMaxNodes, 1, MaxNodesCap);
        var graphs = await Task.WhenAll(starts.Select(id =>
            grains.GetGrain<ILineageGraphGrain>("graph").TraverseAsync(new LineageTraversal(id, direction, depth ?? 20, budget))));
        var nodes = graphs.SelectMany(g => g.Nodes).DistinctBy(n => n.Id).ToList();
        if (nodes.Count == 0 && type == LineageNodeIds.FieldType)
        {
            return NodeNotFound(nodeId!);
        }

        return TypedResults.Ok(await ShapeAsync(grains, nodes, graphs.Any(g => g.Truncated)));
    }

    private static async Task<MarquezGraph> ShapeAsync(IGrainFactory grains, IReadOnlyList<LineageNodeView> nodes, bool truncated)
    {
        var shapes = MarquezShapes.With(grains, nodes);
        await shapes.LoadNeighboursAsync(nodes);
        return new MarquezGraph(await Task.WhenAll(nodes.Select(shapes.NodeAsync)), truncated);
    }

    private static ProblemHttpResult? Check(string? nodeId, int? depth, int? maxNodes) =>
        string.IsNullOrWhiteSpace(nodeId) ? ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "nodeId is required.")
        : depth is < 0 or > MaxDepth ? ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"depth must be between 0 and {MaxDepth}.")
        : maxNodes is < 1 ? ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "maxNodes must be at least 1.")
        : null;

    private static ProblemHttpResult NodeNotFound(string nodeId) => ApiProblem.NotFound("lineage_node_not_found", $"No lineage node '{nodeId}'.");
}
