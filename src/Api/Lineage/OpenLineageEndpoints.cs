using System.Globalization;
using System.Text.Json;
using DataSpine.Api.Errors;
using DataSpine.Api.Paging;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Lineage;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Lineage;

/// <summary>OpenLineage intake (Marquez's POST /api/v1/lineage) and the log of received events.</summary>
public static class OpenLineageEndpoints
{
    private const int MaxEventsPage = 1000;

    public static RouteGroupBuilder MapOpenLineageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/lineage", IngestAsync).WithTags("Lineage").WithName("PostLineageEvent").Allow(Role.Engineer).Guard(PolicyActions.Ingest, "lineage")
            .Accepts<JsonElement>("application/json")
            .WithSummary("Takes an OpenLineage RunEvent, DatasetEvent or JobEvent (spec 2-0-2); stores it and updates the graph. Invalid events change nothing.");
        api.MapGet("/events/lineage", ListAsync).WithTags("Lineage").WithName("ListLineageEvents").Allow(Role.Viewer)
            .WithSummary("Received events as sent, newest eventTime first (sortDirection=asc for oldest); before/after bound eventTime.");
        return api;
    }

    private static async Task<Results<Created<LineageAccepted>, ProblemHttpResult>> IngestAsync(HttpRequest request, IGrainFactory grains)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var result = await grains.GetGrain<ILineageIngestGrain>("ingest").IngestEventAsync(json);
        if (result.Sequence is not { } sequence)
        {
            return TypedResults.Problem(
                detail: $"The event was refused: {string.Join(" ", result.Errors)}",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = result.ErrorCode, ["errors"] = result.Errors });
        }

        return TypedResults.Created($"/api/v1/events/lineage?sequence={sequence}", new LineageAccepted(sequence));
    }

    private static async Task<Results<Ok<MarquezEvents>, ProblemHttpResult>> ListAsync(
        IGrainFactory grains, string? before, string? after, int? limit, int? offset, string? sortDirection)
    {
        if (!TryTime(before, out var beforeTime) || !TryTime(after, out var afterTime))
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "before and after must be ISO 8601 date-times.");
        }

        if (sortDirection is not (null or "asc" or "desc"))
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "sortDirection must be asc or desc.");
        }

        if (PageWindow.TryRead(limit, 100, MaxEventsPage, offset, out var window) is { } invalid)
        {
            return invalid;
        }

        var query = new LineageEventQuery(beforeTime, afterTime, window.Take, window.Skip, sortDirection == "asc");
        var page = await grains.GetGrain<ILineageEventLogGrain>("all").ListAsync(query);
        return TypedResults.Ok(new MarquezEvents([.. page.Events.Select(e => JsonDocument.Parse(e.Json).RootElement.Clone())], page.TotalCount));
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }
}
