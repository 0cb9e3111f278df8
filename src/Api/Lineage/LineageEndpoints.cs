using DataSpine.Api.Errors;
using DataSpine.Grains.Lineage;
using DataSpine.Runtime;

namespace DataSpine.Api.Lineage;

/// <summary>Column-level lineage of SQL posted by users.</summary>
public static class LineageEndpoints
{
    private const int MaxSchemaTables = 10_000;

    public static RouteGroupBuilder MapLineageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/lineage/sql", AnalyzeAsync).WithTags("Lineage").WithName("AnalyzeSql")
            .WithSummary("Table and column lineage of a statement or script; unknown syntax degrades to table level with diagnostics.");
        return api;
    }

    private static async Task<Results<Ok<SqlLineageResult>, ProblemHttpResult>> AnalyzeAsync(SqlRequest request, IGrainFactory grains)
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

        var result = await grains.GetGrain<ISqlLineageGrain>("sql").AnalyzeAsync(new SqlLineageRequest(request.Sql, dialect, request.DefaultSchema, request.Schemas));
        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == "error");
        if (error is not null && result.Sources.Count == 0 && result.Targets.Count == 0)
        {
            // Nothing could be read from it at all: that is bad input, not a lineage answer.
            return ApiProblem.Create(StatusCodes.Status400BadRequest, "sql_parse_error",
                $"{error.Message} (line {error.Line}, column {error.Column}, {error.Code})");
        }

        return TypedResults.Ok(result);
    }

    /// <summary>Body of POST /api/v1/lineage/sql.</summary>
    public sealed record SqlRequest(string? Sql, string? Dialect, string? DefaultSchema, IReadOnlyDictionary<string, IReadOnlyList<string>>? Schemas);
}
