using DataSpine.Grains.Telemetry;
using DataSpine.SqlLineage;
using Orleans.Concurrency;

namespace DataSpine.Grains.Lineage;

[StatelessWorker]
internal sealed class SqlLineageGrain : Grain, ISqlLineageGrain
{
    public Task<SqlLineageResult> AnalyzeAsync(SqlLineageRequest request)
    {
        DataSpineMeters.SqlAnalysed();
        var result = SqlLineageEngine.Analyze(new LineageRequest(request.Sql, request.Dialect, request.DefaultSchema, request.Schemas));
        return Task.FromResult(new SqlLineageResult(result.Sources, result.Targets, Edges(result.ColumnEdges), Edges(result.OutputColumnEdges),
            [.. result.Diagnostics.Select(d => new SqlDiagnostic(d.Severity, d.Code, d.Message, d.Line, d.Column))]));
    }

    private static List<SqlColumnEdge> Edges(IEnumerable<ColumnEdge> edges) => [.. edges.Select(e => new SqlColumnEdge(e.Source, e.Target, e.Type, e.Subtype))];
}
