using DataSpine.Api.Errors;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Lineage;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Lineage;

/// <summary>Column-level lineage of SQL posted by users.</summary>
public static class LineageEndpoints
{
    private const int MaxSchemaTables = 10_000;

    /// <summary>The call timeout; the engine's own bounds keep well inside it.</summary>
    private static readonly TimeSpan AnalysisTimeout = TimeSpan.FromSeconds(30);

    public static RouteGroupBuilder MapLineageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/lineage/sql", AnalyzeAsync).WithTags("Lineage").WithName("AnalyzeSql").Allow(Role.Engineer).Guard(PolicyActions.Ingest, "lineage")
            .WithSummary("Table and column lineage of a statement or script; unknown syntax degrades to table level with diagnostics.");
        return api;
    }

    private static async Task<Results<Ok<SqlLineageAnswer>, ProblemHttpResult>> AnalyzeAsync(
        SqlRequest request, IGrainFactory grains, TimeProvider clock, CancellationToken aborted)
    {
        if (string.IsNullOrWhiteSpace(request.Sql))
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "sql is required.");
        }

        var dialect = request.Dialect ?? "ansi";
        if (!SqlLineage.SqlDialects.IsKnown(dialect))
        {
            return ApiProblem.BadRequest("unknown_dialect", $"dialect must be one of {string.Join(", ", SqlLineage.SqlDialects.Names)}.");
        }

        if (request.Schemas is { Count: > MaxSchemaTables })
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"schemas may describe at most {MaxSchemaTables} tables.");
        }

        if (NullChecks.InMap("schemas", request.Schemas) is { } invalid)
        {
            return invalid;
        }

        // The engine is pure, so it runs here rather than behind a grain call: this request's token reaches it
        // and a timed-out or abandoned request stops working.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(AnalysisTimeout);
        SqlLineage.LineageResult result;
        try
        {
            result = SqlLineage.SqlLineageEngine.Analyze(new SqlLineage.LineageRequest(request.Sql, dialect, request.DefaultSchema, request.Schemas), deadline.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return ApiProblem.BadRequest("sql_too_complex", $"The SQL could not be analysed within {AnalysisTimeout.TotalSeconds:F0} s.");
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Code is SqlLineage.DiagnosticCodes.TooLarge or SqlLineage.DiagnosticCodes.TooComplex
                or SqlLineage.DiagnosticCodes.TooDeep) is { } limit)
        {
            return ApiProblem.BadRequest(limit.Code == SqlLineage.DiagnosticCodes.TooLarge ? "sql_too_large" : "sql_too_complex", limit.Message);
        }

        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == "error");
        if (error is not null && result.Sources.Count == 0 && result.Targets.Count == 0)
        {
            // Nothing could be read from it at all: that is bad input, not a lineage answer.
            return ApiProblem.Create(StatusCodes.Status400BadRequest, "sql_parse_error",
                $"{error.Message} (line {error.Line}, column {error.Column}, {error.Code})");
        }

        string? recorded = null;
        if (request.Record == true)
        {
            if (result.Targets.Count == 0 && result.Sources.Count == 0)
            {
                return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "record needs SQL that reads or writes a table.");
            }

            var ns = string.IsNullOrWhiteSpace(request.Namespace) ? "default" : request.Namespace;
            var job = string.IsNullOrWhiteSpace(request.JobName) ? DefaultJobName(request.Sql) : request.JobName;
            var recordable = new SqlLineageResult(result.Sources, result.Targets,
                [.. result.ColumnEdges.Select(e => new SqlColumnEdge(e.Source, e.Target, e.Type, e.Subtype))],
                [.. result.OutputColumnEdges.Select(e => new SqlColumnEdge(e.Source, e.Target, e.Type, e.Subtype))],
                [.. result.Diagnostics.Select(d => new SqlDiagnostic(d.Severity, d.Code, d.Message, d.Line, d.Column))]);
            await grains.GetGrain<ILineageIngestGrain>("ingest")
                .RecordSqlAsync(new SqlLineageRecord(ns, null, job, "SQL", request.Sql, recordable, clock.GetUtcNow()));
            recorded = LineageNodeIds.Job(ns, job);
        }

        return TypedResults.Ok(new SqlLineageAnswer(result.Sources, result.Targets, result.ColumnEdges, result.OutputColumnEdges,
            result.Intermediates, result.Statements, result.Diagnostics, recorded));
    }

    /// <summary>The same SQL records as the same job, so posting it twice adds nothing.</summary>
    private static string DefaultJobName(string sql) =>
        "sql_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sql)))[..16];

    /// <summary>Body of POST /api/v1/lineage/sql.</summary>
    /// <remarks>With record=true the lineage is stored as job <c>jobName</c> (default: sql_ and a hash of the SQL) in <c>namespace</c> (default "default").</remarks>
    public sealed record SqlRequest(
        string? Sql,
        string? Dialect,
        string? DefaultSchema,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? Schemas,
        bool? Record = null,
        string? Namespace = null,
        string? JobName = null);

    /// <summary>
    /// The engine's lineage (edges carry OpenLineage type and subtype; sources/targets are the script's net view,
    /// statements the per-statement one); recordedJob is the job node id when the request asked to record it.
    /// </summary>
    public sealed record SqlLineageAnswer(
        IReadOnlyList<string> Sources,
        IReadOnlyList<string> Targets,
        IReadOnlyList<SqlLineage.ColumnEdge> ColumnEdges,
        IReadOnlyList<SqlLineage.ColumnEdge> OutputColumnEdges,
        IReadOnlyList<string> Intermediates,
        IReadOnlyList<SqlLineage.StatementLineage> Statements,
        IReadOnlyList<SqlLineage.Diagnostic> Diagnostics,
        string? RecordedJob);
}
