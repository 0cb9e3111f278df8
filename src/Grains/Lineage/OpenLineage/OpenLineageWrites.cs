using DataSpine.Grains.Lineage.Graph;
using DataSpine.Grains.Lineage.Runs;
using DataSpine.SqlLineage;

namespace DataSpine.Grains.Lineage.OpenLineage;

/// <summary>
/// The nodes and edges an event implies: inputs feed the job, the job writes its outputs, the
/// column-lineage facet joins fields. When no dataset carries that facet but the job has a sql facet,
/// the SQL is analysed for column edges, its tables matched to the event's datasets by name.
/// </summary>
internal static class OpenLineageWrites
{
    public static LineageBatch For(OpenLineageEvent e)
    {
        var batch = new LineageBatch(e.EventTime);
        var job = e.Job is { } j
            ? batch.Job(j.Namespace, j.Name,
                new LineageNodeData
                {
                    Type = LineageNodeIds.JobType,
                    Namespace = j.Namespace,
                    Name = j.Name,
                    Kind = j.Kind,
                    Description = j.Description,
                    Sql = j.Sql,
                    Location = j.Location,
                },
                e.RunId is { } runId ? new LineageRunRef(runId, RunStates.Of(e.EventType ?? "OTHER"), e.EventTime) : null)
            : null;

        foreach (var input in e.Inputs)
        {
            var dataset = AddDataset(batch, input);
            if (job is not null)
            {
                batch.Edge(dataset, job);
            }
        }

        foreach (var output in e.Outputs)
        {
            var dataset = AddDataset(batch, output);
            if (job is not null)
            {
                batch.Edge(job, dataset);
            }
        }

        var datasets = e.Inputs.Concat(e.Outputs).ToList();
        foreach (var dataset in datasets)
        {
            foreach (var entry in dataset.ColumnLineage)
            {
                var target = batch.Field(dataset.Namespace, dataset.Name, entry.Field, dataset.Fields?.FirstOrDefault(f => f.Name == entry.Field)?.Type);
                foreach (var input in entry.Inputs)
                {
                    batch.Edge(batch.Field(input.Namespace, input.Name, input.Field), target, input.Type, input.Subtype, input.Description);
                }
            }
        }

        if (job is not null && e.Job!.Sql is { Length: > 0 } sql && !datasets.Any(d => d.ColumnLineage.Count > 0))
        {
            AddSql(batch, job, e.Job, sql, datasets);
        }

        return batch;
    }

    private static string AddDataset(LineageBatch batch, OpenLineageDataset dataset) =>
        batch.Dataset(dataset.Namespace, dataset.Name, new LineageNodeData
        {
            Type = LineageNodeIds.DatasetType,
            Namespace = dataset.Namespace,
            Name = dataset.Name,
            Fields = dataset.Fields,
            Description = dataset.Description,
            SourceName = dataset.SourceName,
        });

    private static void AddSql(LineageBatch batch, string job, OpenLineageJob facetJob, string sql, List<OpenLineageDataset> datasets)
    {
        var dialect = facetJob.SqlDialect is { } d && SqlDialects.IsKnown(d.ToLowerInvariant()) ? d.ToLowerInvariant() : "ansi";
        var schemas = datasets.Where(x => x.Fields is { Count: > 0 })
            .GroupBy(x => x.Name.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.First().Fields!.Select(f => f.Name)]);
        var result = SqlLineageEngine.Analyze(new LineageRequest(sql, dialect, null, schemas));
        var fallbackNamespace = datasets.FirstOrDefault()?.Namespace ?? facetJob.Namespace;
        SqlLineageWrites.Add(batch, job, new SqlLineageResult(result.Sources, result.Targets,
            [.. result.ColumnEdges.Select(c => new SqlColumnEdge(c.Source, c.Target, c.Type, c.Subtype))], [], []),
            table => Resolve(table, datasets, fallbackNamespace));
    }

    /// <summary>A SQL table is the event's dataset whose name is it or ends with ".it"; otherwise a dataset of that name.</summary>
    private static (string, string) Resolve(string table, List<OpenLineageDataset> datasets, string fallbackNamespace)
    {
        var match = datasets.FirstOrDefault(d => string.Equals(d.Name, table, StringComparison.OrdinalIgnoreCase))
            ?? datasets.FirstOrDefault(d => d.Name.EndsWith("." + table, StringComparison.OrdinalIgnoreCase));
        return match is null ? (fallbackNamespace, table) : (match.Namespace, match.Name);
    }
}
