using DataSpine.Api.Paging;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;
using Microsoft.AspNetCore.Mvc;

namespace DataSpine.Api.Catalog;

/// <summary>Start, watch and cancel scans.</summary>
public static class ScanEndpoints
{
    private const int MaxIdempotencyKey = 200;
    private const int MaxLimit = 50;

    public static RouteGroupBuilder MapScanEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/sources/{id}/scans", StartAsync).WithTags("Scans").WithName("StartScan").Allow(Role.Engineer).Guard(PolicyActions.Scan, Resources.SourceAsync)
            .WithSummary("Start a scan; the same Idempotency-Key answers the same job.");
        api.MapGet("/sources/{id}/scans", ListAsync).WithTags("Scans").WithName("ListSourceScans").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.SourceAsync)
            .WithSummary("The source's latest scans (up to 50 are kept), newest first, with their counters.");
        var scans = api.MapGroup("/scans").WithTags("Scans");
        scans.MapGet("/{id}", GetAsync).WithName("GetScan").Allow(Role.Viewer).Guard(PolicyActions.Read, "scan").WithSummary("Status and progress of a scan.");
        scans.MapPost("/{id}/cancel", CancelAsync).WithName("CancelScan").Allow(Role.Engineer).Guard(PolicyActions.Scan, "scan");
        return api;
    }

    private static async Task<Results<Accepted<ScanAccepted>, ProblemHttpResult>> StartAsync(
        string id, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IGrainFactory grains)
    {
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKey })
        {
            return CatalogProblems.From(Errors.ErrorCodes.InvalidRequest, $"Idempotency-Key must be 1 to {MaxIdempotencyKey} characters.");
        }

        var result = await grains.GetGrain<ISourceGrain>(id).StartScanAsync(idempotencyKey);
        return result.Value is { } started
            ? TypedResults.Accepted($"/api/v1/scans/{started.ScanId}", new ScanAccepted(started.ScanId, started.Status, started.Created))
            : CatalogProblems.From(result.ErrorCode!, result.Error);
    }

    private static async Task<Results<Ok<Page<ScanListItem>>, ProblemHttpResult>> ListAsync(
        string id, IGrainFactory grains, int? limit, string? cursor)
    {
        if (PageWindow.TryRead(limit, 20, MaxLimit, cursor, out var window) is { } invalid)
        {
            return invalid;
        }

        if (await grains.GetGrain<ISourceGrain>(id).GetScanHistoryAsync() is not { } history)
        {
            return CatalogProblems.SourceNotFound(id);
        }

        // The source keeps ids and outcomes; each scan job holds its own counters, asked for the page's scans only.
        var page = history.Skip(window.Skip).Take(window.Take).ToList();
        var views = await Task.WhenAll(page.Select(s => grains.GetGrain<IScanJobGrain>(s.Id).GetAsync()));
        var items = page.Zip(views, ScanListItem.From).ToList();
        return TypedResults.Ok(new Page<ScanListItem>(history.Count, items, window.NextCursor(history.Count)));
    }

    private static async Task<Results<Ok<ScanView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<IScanJobGrain>(id).GetAsync() is { } view ? TypedResults.Ok(view) : NotFound(id);

    private static async Task<Results<Ok<ScanView>, ProblemHttpResult>> CancelAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<IScanJobGrain>(id).CancelAsync() is { } view ? TypedResults.Ok(view) : NotFound(id);

    private static ProblemHttpResult NotFound(string id) => CatalogProblems.From(CatalogErrors.ScanNotFound, $"No scan '{id}'.");
}
