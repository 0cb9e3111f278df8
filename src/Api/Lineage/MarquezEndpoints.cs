using DataSpine.Api.Errors;
using DataSpine.Api.Paging;
using DataSpine.Api.Security;
using DataSpine.Grains.Lineage;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Lineage;

/// <summary>Marquez's namespace, dataset, job and run reads, as far as the lineage graph needs them.</summary>
public static class MarquezEndpoints
{
    private const int MaxLimit = 1000;

    public static RouteGroupBuilder MapMarquezEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Lineage");
        group.MapGet("/namespaces", NamespacesAsync).WithName("ListNamespaces").Allow(Role.Viewer).WithSummary("Namespaces lineage knows.");
        group.MapGet("/namespaces/{ns}", NamespaceAsync).WithName("GetNamespace").Allow(Role.Viewer);
        group.MapGet("/namespaces/{ns}/datasets", DatasetsAsync).WithName("ListDatasets").Allow(Role.Viewer);
        group.MapGet("/namespaces/{ns}/datasets/{name}", DatasetAsync).WithName("GetDataset").Allow(Role.Viewer);
        group.MapGet("/namespaces/{ns}/jobs", JobsAsync).WithName("ListJobs").Allow(Role.Viewer);
        group.MapGet("/namespaces/{ns}/jobs/{name}", JobAsync).WithName("GetJob").Allow(Role.Viewer);
        group.MapGet("/namespaces/{ns}/jobs/{name}/runs", RunsAsync).WithName("ListJobRuns").Allow(Role.Viewer).WithSummary("The job's latest runs, newest first.");
        group.MapGet("/jobs/runs/{id}", RunAsync).WithName("GetRun").Allow(Role.Viewer);
        return api;
    }

    private static async Task<Ok<MarquezNamespaces>> NamespacesAsync(IGrainFactory grains)
    {
        var names = await grains.GetGrain<ILineageNamespaceDirectoryGrain>("all").ListAsync();
        var views = await Task.WhenAll(names.Select(n => grains.GetGrain<ILineageNamespaceGrain>(n).GetAsync()));
        return TypedResults.Ok(new MarquezNamespaces([.. views.OfType<LineageNamespaceView>().Select(Namespace)]));
    }

    private static async Task<Results<Ok<MarquezNamespace>, ProblemHttpResult>> NamespaceAsync(string ns, IGrainFactory grains) =>
        await grains.GetGrain<ILineageNamespaceGrain>(Decode(ns)).GetAsync() is { } view ? TypedResults.Ok(Namespace(view)) : NamespaceNotFound(ns);

    private static async Task<Results<Ok<MarquezDatasets>, ProblemHttpResult>> DatasetsAsync(string ns, IGrainFactory grains, int? limit, int? offset)
    {
        if (PageWindow.TryRead(limit, 100, MaxLimit, offset, out var window) is { } invalid)
        {
            return invalid;
        }

        if (await grains.GetGrain<ILineageNamespaceGrain>(Decode(ns)).GetAsync() is not { } view)
        {
            return NamespaceNotFound(ns);
        }

        var page = await PageAsync(grains, view.Datasets.Select(d => LineageNodeIds.Dataset(view.Name, d)), window);
        return TypedResults.Ok(new MarquezDatasets([.. page.Select(MarquezShapes.Dataset)], view.Datasets.Count));
    }

    private static async Task<Results<Ok<MarquezDataset>, ProblemHttpResult>> DatasetAsync(string ns, string name, IGrainFactory grains) =>
        await NodeAsync(grains, LineageNodeIds.Dataset(Decode(ns), Decode(name))) is { } node
            ? TypedResults.Ok(MarquezShapes.Dataset(node))
            : ApiProblem.NotFound("dataset_not_found", $"No dataset '{Decode(name)}' in namespace '{Decode(ns)}'.");

    private static async Task<Results<Ok<MarquezJobs>, ProblemHttpResult>> JobsAsync(string ns, IGrainFactory grains, int? limit, int? offset)
    {
        if (PageWindow.TryRead(limit, 100, MaxLimit, offset, out var window) is { } invalid)
        {
            return invalid;
        }

        if (await grains.GetGrain<ILineageNamespaceGrain>(Decode(ns)).GetAsync() is not { } view)
        {
            return NamespaceNotFound(ns);
        }

        var page = await PageAsync(grains, view.Jobs.Select(j => LineageNodeIds.Job(view.Name, j)), window);
        var shapes = MarquezShapes.With(grains, page);
        await shapes.LoadNeighboursAsync(page);
        return TypedResults.Ok(new MarquezJobs(await Task.WhenAll(page.Select(shapes.JobAsync)), view.Jobs.Count));
    }

    private static async Task<Results<Ok<MarquezJob>, ProblemHttpResult>> JobAsync(string ns, string name, IGrainFactory grains)
    {
        if (await NodeAsync(grains, LineageNodeIds.Job(Decode(ns), Decode(name))) is not { } node)
        {
            return JobNotFound(ns, name);
        }

        var shapes = MarquezShapes.With(grains, [node]);
        await shapes.LoadNeighboursAsync([node]);
        return TypedResults.Ok(await shapes.JobAsync(node));
    }

    private static async Task<Results<Ok<MarquezRuns>, ProblemHttpResult>> RunsAsync(string ns, string name, IGrainFactory grains, int? limit, int? offset)
    {
        if (PageWindow.TryRead(limit, 100, MaxLimit, offset, out var window) is { } invalid)
        {
            return invalid;
        }

        if (await NodeAsync(grains, LineageNodeIds.Job(Decode(ns), Decode(name))) is not { } node)
        {
            return JobNotFound(ns, name);
        }

        var ids = node.Runs.Skip(window.Skip).Take(window.Take).Select(r => r.Id);
        var runs = await Task.WhenAll(ids.Select(id => grains.GetGrain<ILineageRunGrain>(id).GetAsync()));
        return TypedResults.Ok(new MarquezRuns([.. runs.OfType<LineageRunView>().Select(MarquezShapes.Run)], node.Runs.Count));
    }

    private static async Task<Results<Ok<MarquezRun>, ProblemHttpResult>> RunAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<ILineageRunGrain>(Decode(id)).GetAsync() is { } run
            ? TypedResults.Ok(MarquezShapes.Run(run))
            : ApiProblem.NotFound("run_not_found", $"No run '{Decode(id)}'.");

    private static async Task<List<LineageNodeView>> PageAsync(IGrainFactory grains, IEnumerable<string> ids, PageWindow window)
    {
        var page = ids.Skip(window.Skip).Take(window.Take);
        return [.. (await Task.WhenAll(page.Select(id => NodeAsync(grains, id)))).OfType<LineageNodeView>()];
    }

    private static Task<LineageNodeView?> NodeAsync(IGrainFactory grains, string id) => grains.GetGrain<ILineageNodeGrain>(id).GetAsync();

    private static MarquezNamespace Namespace(LineageNamespaceView view) => new(view.Name, view.CreatedAt, view.UpdatedAt, "anonymous", null, false);

    /// <summary>Namespaces are often URLs (postgres://host:5432); routing leaves their %2F encoded.</summary>
    private static string Decode(string segment) => Uri.UnescapeDataString(segment);

    private static ProblemHttpResult NamespaceNotFound(string ns) => ApiProblem.NotFound("namespace_not_found", $"No namespace '{Decode(ns)}'.");

    private static ProblemHttpResult JobNotFound(string ns, string name) =>
        ApiProblem.NotFound("job_not_found", $"No job '{Decode(name)}' in namespace '{Decode(ns)}'.");
}
