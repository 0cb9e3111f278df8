using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DataSpine.Api.Errors;
using DataSpine.Api.Security;
using DataSpine.Grains.ChangeEvents;
using DataSpine.Grains.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;

namespace DataSpine.Api.ChangeEvents;

/// <summary>
/// The catalog's change events (docs/events.md) from the outbox: a page after a sequence, and a server-sent event
/// stream whose ids are sequences, so that a browser's EventSource resumes where it left off (Last-Event-ID).
/// </summary>
public static class CatalogEventEndpoints
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(500);

    /// <summary>A stream ends after this long (and when the node stops); EventSource reconnects and resumes by Last-Event-ID.</summary>
    private static readonly TimeSpan s_maxOpen = TimeSpan.FromMinutes(1);

    public static RouteGroupBuilder MapCatalogEventEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/catalog").WithTags("Events").Allow(Role.Viewer);
        group.MapGet("", ListAsync).WithName("ListCatalogEvents")
            .WithSummary("Catalog change events after a sequence, oldest first: ?after=N (default 0) and limit (1-1000, default 100).")
            .WithDescription("Each item is the event's sequence and its CloudEvents 1.0 envelope, exactly as the Kafka topic carries it. "
                + "Continue with after=last. Events are kept for Events:RetainHours.");
        group.MapGet("/stream", Stream).WithName("StreamCatalogEvents").DisableRequestTimeout()
            .WithSummary("Catalog change events as server-sent events (text/event-stream): id is the sequence, event the CloudEvents type, data the envelope.")
            .WithDescription("Starts after the Last-Event-ID header, else after ?after=N, else at the next new event. The stream stays open.");
        return api;
    }

    private static async Task<Results<Ok<CatalogEventList>, ProblemHttpResult>> ListAsync(IGrainFactory grains, long? after, int? limit)
    {
        if (after is < 0 || limit is < 1 or > ICatalogEventsGrain.MaxLimit)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"after is a sequence (0 or more) and limit 1 to {ICatalogEventsGrain.MaxLimit}.");
        }

        var page = await grains.GetGrain<ICatalogEventsGrain>(0).ReadAfterAsync(after ?? 0, limit ?? 100);
        return TypedResults.Ok(new CatalogEventList([.. page.Items.Select(e => new CatalogEventItem(e.Sequence, JsonElement.Parse(e.Json)))], page.Last));
    }

    private static Results<ServerSentEventsResult<string>, ProblemHttpResult> Stream(
        IGrainFactory grains, HttpContext http, IHostApplicationLifetime lifetime, long? after, [FromHeader(Name = "Last-Event-ID")] string? lastEventId)
    {
        long? start = after;
        if (!string.IsNullOrEmpty(lastEventId))
        {
            if (!long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out var resumed))
            {
                return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "Last-Event-ID is a sequence this stream sent (a number).");
            }

            start = resumed;
        }

        if (start is < 0)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "after is a sequence (0 or more).");
        }

        http.Response.Headers.CacheControl = "no-cache";
        var open = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        open.CancelAfter(s_maxOpen);
        http.Response.RegisterForDispose(open);
        return TypedResults.ServerSentEvents(ReadAsync(grains.GetGrain<ICatalogEventsGrain>(0), http.Response, start, open.Token));
    }

    private static async IAsyncEnumerable<SseItem<string>> ReadAsync(
        ICatalogEventsGrain events, HttpResponse response, long? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Headers go out now: a client waits for them, and the first event may be long in coming.
        await response.StartAsync(cancellationToken);
        var last = after ?? await events.HeadAsync();
        while (!cancellationToken.IsCancellationRequested)
        {
            CatalogEventPage page;
            try
            {
                page = await events.ReadAfterAsync(last, ICatalogEventsGrain.MaxLimit).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            foreach (var e in page.Items)
            {
                yield return new SseItem<string>(e.Json, e.Type) { EventId = e.Sequence.ToString(CultureInfo.InvariantCulture) };
            }

            last = page.Last;
            if (page.Items.Count < ICatalogEventsGrain.MaxLimit)
            {
                try
                {
                    await Task.Delay(s_poll, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>A page of events; <see cref="Last"/> is what to pass as after for the next page.</summary>
    public sealed record CatalogEventList(IReadOnlyList<CatalogEventItem> Items, long Last);

    /// <summary>An event's sequence (its order in the catalog) and its CloudEvents envelope.</summary>
    public sealed record CatalogEventItem(long Sequence, JsonElement Event);
}
