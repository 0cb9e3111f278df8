using System.Diagnostics;
using DataSpine.Grains.Lineage;

namespace DataSpine.Benchmarks.Lineage;

/// <summary>
/// Upstream walks over a synthetic graph of 100k lineage nodes (51 layers of 1,000 datasets, each
/// written by its own job from three datasets of the layer before), stored in SQLite, through the
/// node grains of a freshly started silo (the first walks read every node from storage), against the
/// same breadth-first walk over in-memory adjacency lists in the same run.
/// </summary>
internal static class TraversalBenchmark
{
    private const int Layers = 51;
    private const int Width = 1000;
    private const int Inputs = 3;
    private const int Queries = 300;

    public static async Task RunAsync()
    {
        var database = BenchSilo.TempSqlite();
        var upstream = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        int nodes;
        var buildHost = await BenchSilo.StartSqliteAsync(database);
        try
        {
            nodes = await BuildAsync(buildHost.Grains(), upstream);
        }
        finally
        {
            await buildHost.StopAndDisposeAsync();
        }

        var built = Stopwatch.GetElapsedTime(started);
        var host = await BenchSilo.StartSqliteAsync(database);
        try
        {
            await ReportAsync(host.Grains(), upstream, nodes, built);
        }
        finally
        {
            await host.StopAndDisposeAsync();
        }
    }

    private static async Task ReportAsync(IGrainFactory grains, Dictionary<string, List<string>> upstream, int nodes, TimeSpan built)
    {

        var random = new Random(7);
        var starts = Enumerable.Range(0, Queries).Select(_ => Dataset(random.Next(Layers / 2, Layers), random.Next(Width))).ToList();
        Console.WriteLine($"Lineage traversal, {nodes:N0} nodes in SQLite (built in {built.TotalSeconds:N1} s through the node grains), {Queries} upstream walks:");
        foreach (var depth in new[] { 5, 10 })
        {
            var cold = await WalkAsync(grains, starts, depth);
            var warm = await WalkAsync(grains, starts, depth);
            var memory = InMemory(upstream, starts, depth);
            var reached = await grains.GetGrain<ILineageGraphGrain>("bench").TraverseAsync(new LineageTraversal(starts[0], LineageDirection.Upstream, depth, 100_000));
            Measure.Row($"depth {depth} ({reached.Nodes.Count} nodes reached), first walks p50 / p95 (from storage)",
                $"{Measure.Percentile(cold, 50):N2} / {Measure.Percentile(cold, 95):N2} ms");
            Measure.Row($"depth {depth}, warm p50 / p95", $"{Measure.Percentile(warm, 50):N2} / {Measure.Percentile(warm, 95):N2} ms  (target p95 <= 20 ms at depth 5)");
            Measure.Row($"depth {depth}, in-memory BFS p50 (baseline)",
                $"{Measure.Percentile(memory, 50):N3} ms  ratio grains/memory {Measure.Percentile(warm, 50) / Measure.Percentile(memory, 50):F1}");
        }
    }

    private static string Dataset(int layer, int index) => LineageNodeIds.Dataset("bench", $"l{layer}.d{index}");

    private static string Job(int layer, int index) => LineageNodeIds.Job("bench", $"l{layer}.j{index}");

    /// <summary>Writes every node once, with all its edges; returns the node count.</summary>
    private static async Task<int> BuildAsync(IGrainFactory grains, Dictionary<string, List<string>> upstream)
    {
        var random = new Random(42);
        var inEdges = new Dictionary<string, List<LineageEdge>>(StringComparer.Ordinal);
        var outEdges = new Dictionary<string, List<LineageEdge>>(StringComparer.Ordinal);
        void Edge(string from, string to)
        {
            var edge = new LineageEdge(from, to);
            EdgesOf(outEdges, from).Add(edge);
            EdgesOf(inEdges, to).Add(edge);
            (upstream.TryGetValue(to, out var list) ? list : upstream[to] = []).Add(from);
        }

        for (var layer = 0; layer < Layers; layer++)
        {
            for (var i = 0; i < Width; i++)
            {
                EdgesOf(inEdges, Dataset(layer, i));
                if (layer == 0)
                {
                    continue;
                }

                var job = Job(layer, i);
                for (var k = 0; k < Inputs; k++)
                {
                    Edge(Dataset(layer - 1, random.Next(Width)), job);
                }

                Edge(job, Dataset(layer, i));
            }
        }

        var at = DateTimeOffset.UtcNow;
        var ids = inEdges.Keys.Union(outEdges.Keys).ToList();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
        {
            var isJob = id.StartsWith("job:", StringComparison.Ordinal);
            var name = id[(id.IndexOf(':', (isJob ? "job:" : "dataset:").Length) + 1)..];
            var data = new LineageNodeData { Type = isJob ? LineageNodeIds.JobType : LineageNodeIds.DatasetType, Namespace = "bench", Name = name };
            await grains.GetGrain<ILineageNodeGrain>(id).ApplyAsync(new LineageNodeUpdate(
                id, data, inEdges.GetValueOrDefault(id) ?? [], outEdges.GetValueOrDefault(id) ?? [], at));
        });
        return ids.Count;
    }

    private static List<LineageEdge> EdgesOf(Dictionary<string, List<LineageEdge>> edges, string id) =>
        edges.TryGetValue(id, out var list) ? list : edges[id] = [];

    private static async Task<List<double>> WalkAsync(IGrainFactory grains, List<string> starts, int depth)
    {
        var graph = grains.GetGrain<ILineageGraphGrain>("bench");
        var timings = new List<double>();
        foreach (var start in starts)
        {
            var began = Stopwatch.GetTimestamp();
            await graph.TraverseAsync(new LineageTraversal(start, LineageDirection.Upstream, depth, 10_000));
            timings.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        return timings;
    }

    private static List<double> InMemory(Dictionary<string, List<string>> upstream, List<string> starts, int depth)
    {
        var timings = new List<double>();
        foreach (var start in starts)
        {
            var began = Stopwatch.GetTimestamp();
            var visited = new HashSet<string>(StringComparer.Ordinal) { start };
            var frontier = new List<string> { start };
            for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
            {
                var next = new List<string>();
                foreach (var node in frontier)
                {
                    foreach (var origin in upstream.GetValueOrDefault(node) ?? [])
                    {
                        if (visited.Add(origin))
                        {
                            next.Add(origin);
                        }
                    }
                }

                frontier = next;
            }

            timings.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        return timings;
    }
}
