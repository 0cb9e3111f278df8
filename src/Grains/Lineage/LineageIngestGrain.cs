using DataSpine.Grains.Lineage.Graph;
using DataSpine.Grains.Lineage.OpenLineage;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace DataSpine.Grains.Lineage;

[StatelessWorker]
internal sealed class LineageIngestGrain(IOptions<OpenLineageLimits> limits) : Grain, ILineageIngestGrain
{
    public async Task<LineageIngestResult> IngestEventAsync(string json)
    {
        // The caps are checked here, before the event is logged or any lineage node is activated.
        var parsed = OpenLineageParser.Parse(json, limits.Value);
        if (parsed.Event is not { } lineageEvent)
        {
            return new LineageIngestResult(null, parsed.Code, parsed.Errors);
        }

        // The raw event is kept first: once acknowledged it is never lost, and a failed apply can be replayed from it.
        var sequence = await GrainFactory.GetGrain<ILineageEventLogGrain>("all").AppendAsync(lineageEvent.EventTime, lineageEvent.Json);
        if (lineageEvent is { Kind: OpenLineageEvent.RunEvent, RunId: { } runId })
        {
            await GrainFactory.GetGrain<ILineageRunGrain>(runId).ApplyAsync(lineageEvent);
        }

        await ApplyAsync(OpenLineageWrites.For(lineageEvent));
        return new LineageIngestResult(sequence, null, []);
    }

    public Task RecordSqlAsync(SqlLineageRecord record)
    {
        var batch = new LineageBatch(record.At);
        var job = batch.Job(record.Namespace, record.JobName, new LineageNodeData
        {
            Type = LineageNodeIds.JobType,
            Namespace = record.Namespace,
            Name = record.JobName,
            Kind = record.JobKind,
            Sql = record.Sql,
        });
        string Name(string table) => record.Database is { } database && table.Count(c => c == '.') <= 1 ? $"{database}.{table}" : table;
        SqlLineageWrites.Add(batch, job, record.Result, table => (record.Namespace, Name(table)));
        if (record.AssetId is not null)
        {
            foreach (var target in record.Result.Targets)
            {
                batch.Dataset(record.Namespace, Name(target), new LineageNodeData
                {
                    Type = LineageNodeIds.DatasetType,
                    Namespace = record.Namespace,
                    Name = Name(target),
                    AssetId = record.AssetId,
                    Kind = "VIEW",
                    Fields = record.TargetFields,
                });
            }
        }

        return ApplyAsync(batch);
    }

    private async Task ApplyAsync(LineageBatch batch)
    {
        await Task.WhenAll(batch.Updates().Select(u => GrainFactory.GetGrain<ILineageNodeGrain>(u.Id).ApplyAsync(u)));
        await Task.WhenAll(batch.Namespaces().Select(n =>
            GrainFactory.GetGrain<ILineageNamespaceGrain>(n.Namespace).AddAsync(n.Datasets, n.Jobs, batch.At)));
    }
}
