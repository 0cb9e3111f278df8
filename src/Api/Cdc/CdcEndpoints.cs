using DataSpine.Api.Errors;
using DataSpine.Api.Security;
using DataSpine.Grains.Cdc;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Cdc;

/// <summary>CDC routes: PostgreSQL tables into a PostgreSQL or Kafka sink through the residency gate (docs/cdc.md).</summary>
public static class CdcEndpoints
{
    private const int MaxDeadLetters = 1000;

    public static RouteGroupBuilder MapCdcEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cdc/routes").WithTags("CDC");
        group.MapPost("", CreateAsync).WithName("CreateCdcRoute").Allow(Role.Engineer)
            .WithSummary("Create and start a route; refused (422, every reason) when a column it would pass may not go to its region.");
        group.MapGet("/{id}", GetAsync).WithName("GetCdcRoute").Allow(Role.Viewer).WithSummary("A route's status, lag, rows applied and dead letters; never its connections.");
        group.MapPost("/{id}/pause", PauseAsync).WithName("PauseCdcRoute").Allow(Role.Engineer).WithSummary("Stop reading; the slot keeps the changes until resume.");
        group.MapPost("/{id}/resume", ResumeAsync).WithName("ResumeCdcRoute").Allow(Role.Engineer).WithSummary("Read again from the sink's checkpoint.");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteCdcRoute").Allow(Role.Engineer).WithSummary("Stop the route and drop its replication slot and publication; the sink keeps its tables.");
        group.MapGet("/{id}/dead-letters", DeadLettersAsync).WithName("ListCdcDeadLetters").Allow(Role.Viewer).WithSummary("Rows the sink refused, with the error, oldest first.");
        group.MapPost("/{id}/dead-letters/replay", ReplayAsync).WithName("ReplayCdcDeadLetters").Allow(Role.Engineer)
            .WithSummary("Apply the dead letters again (after fixing the sink); applied ones leave the queue.");
        return api;
    }

    private static async Task<Results<Created<CdcRouteView>, ProblemHttpResult>> CreateAsync(RouteRequest request, IGrainFactory grains)
    {
        if (NullChecks.InList("source.tables", request.Source?.Tables) is { } invalid)
        {
            return invalid;
        }

        var definition = new CdcRouteDefinition
        {
            Name = request.Name ?? "",
            Source = new CdcSource { CatalogSource = request.Source?.CatalogSource ?? "", Connection = request.Source?.Connection, Tables = request.Source?.Tables ?? [] },
            Sink = new CdcSink { Type = request.Sink?.Type ?? "", Connection = request.Sink?.Connection ?? "", Schema = request.Sink?.Schema, Topic = request.Sink?.Topic },
            Region = request.Region ?? "",
            Columns = request.Columns?.ToDictionary(c => c.Key, c => c.Value ?? "") ?? [],
        };
        var id = Guid.NewGuid().ToString("N")[..16];
        var result = await grains.GetGrain<ICdcRouteGrain>(id).CreateAsync(definition);
        return result.Succeeded ? TypedResults.Created($"/api/v1/cdc/routes/{id}", result.Value) : Problem(result.ErrorCode!, result.Error, result.Denials);
    }

    private static async Task<Results<Ok<CdcRouteView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<ICdcRouteGrain>(id).GetAsync() is { } view ? TypedResults.Ok(view) : Problem(CdcErrors.RouteNotFound, $"No CDC route '{id}'.", null);

    private static async Task<Results<Ok<CdcRouteView>, ProblemHttpResult>> PauseAsync(string id, IGrainFactory grains) =>
        Answer(await grains.GetGrain<ICdcRouteGrain>(id).PauseAsync());

    private static async Task<Results<Ok<CdcRouteView>, ProblemHttpResult>> ResumeAsync(string id, IGrainFactory grains) =>
        Answer(await grains.GetGrain<ICdcRouteGrain>(id).ResumeAsync());

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IGrainFactory grains)
    {
        var result = await grains.GetGrain<ICdcRouteGrain>(id).DeleteAsync();
        return result.Succeeded ? TypedResults.NoContent() : Problem(result.ErrorCode!, result.Error, null);
    }

    private static async Task<Results<Ok<IReadOnlyList<CdcDeadLetter>>, ProblemHttpResult>> DeadLettersAsync(string id, IGrainFactory grains, int? limit)
    {
        if (limit is < 1 or > MaxDeadLetters)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidPaging, $"'limit' is 1 to {MaxDeadLetters}.");
        }

        return Answer(await grains.GetGrain<ICdcRouteGrain>(id).ListDeadLettersAsync(limit ?? 100));
    }

    private static async Task<Results<Ok<CdcReplay>, ProblemHttpResult>> ReplayAsync(string id, IGrainFactory grains) =>
        Answer(await grains.GetGrain<ICdcRouteGrain>(id).ReplayDeadLettersAsync());

    private static Results<Ok<T>, ProblemHttpResult> Answer<T>(CdcResult<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value!) : Problem(result.ErrorCode!, result.Error, null);

    private static ProblemHttpResult Problem(string code, string? detail, IReadOnlyList<CdcDenial>? denials)
    {
        var status = code switch
        {
            CdcErrors.RouteNotFound or CdcErrors.SourceNotFound => StatusCodes.Status404NotFound,
            CdcErrors.ResidencyDenied or CdcErrors.TableNotCatalogued or CdcErrors.TableWithoutPrimaryKey or CdcErrors.SourceNotPostgres => StatusCodes.Status422UnprocessableEntity,
            CdcErrors.RouteExists => StatusCodes.Status409Conflict,
            CdcErrors.SlotNotDropped or CdcErrors.SinkUnreachable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (denials is { Count: > 0 })
        {
            extensions["reasons"] = denials;
        }

        return TypedResults.Problem(detail: detail ?? code, statusCode: status, extensions: extensions);
    }

    /// <summary>Body of POST /api/v1/cdc/routes.</summary>
    public sealed record RouteRequest(string? Name, SourceRequest? Source, SinkRequest? Sink, string? Region, IReadOnlyDictionary<string, string?>? Columns);

    /// <summary>The source: the catalogued PostgreSQL source's id, its tables, and optionally another connection to it (with REPLICATION).</summary>
    public sealed record SourceRequest(string? CatalogSource, string? Connection, IReadOnlyList<string>? Tables);

    /// <summary>
    /// The sink: "postgres", its connection, and the schema to write into (default: each table's own); or "kafka", its
    /// bootstrap servers as the connection, and the topic prefix.
    /// </summary>
    public sealed record SinkRequest(string? Type, string? Connection, string? Schema, string? Topic);
}
