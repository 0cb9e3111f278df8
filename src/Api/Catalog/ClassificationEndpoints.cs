using DataSpine.Api.Errors;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Catalog;

/// <summary>
/// Stewards decide on a column's classes: accept or reject a suggestion (a rejection needs a reason), or set
/// classes by hand. The asset is addressed as /assets/{sourceId}/{name}, its id's two parts (docs/stewardship.md).
/// </summary>
public static class ClassificationEndpoints
{
    internal const string ColumnRoute = "/assets/{sourceId}/{name}/columns/{column}";

    public static RouteGroupBuilder MapClassificationEndpoints(this RouteGroupBuilder api)
    {
        var column = api.MapGroup(ColumnRoute + "/classifications").WithTags("Stewardship");
        column.MapPost("/{className}/accept", AcceptAsync).WithName("AcceptClassification").Allow(Role.Steward)
            .WithSummary("Accept a class the scans suggest for the column; the decision outlives re-scans.");
        column.MapPost("/{className}/reject", RejectAsync).WithName("RejectClassification").Allow(Role.Steward)
            .WithSummary("Reject a suggested class, with a reason; re-scans keep it rejected and flag it for review when its confidence grows by 0.2 or more.");
        column.MapPut("", SetAsync).WithName("SetClassifications").Allow(Role.Steward)
            .WithSummary("Set the column's classes by hand; they replace its earlier manual classes and count whatever the scans find.");
        return api;
    }

    private static Task<Results<Ok<AssetColumn>, ProblemHttpResult>> AcceptAsync(
        string sourceId, string name, string column, string className, IGrainFactory grains, SampleMasking masking, HttpContext http) =>
        DecideAsync(grains, masking, http, sourceId, name, new ClassDecisionRequest(column, className, ClassStatus.Accepted, null));

    private static Task<Results<Ok<AssetColumn>, ProblemHttpResult>> RejectAsync(
        string sourceId, string name, string column, string className, RejectionRequest request, IGrainFactory grains, SampleMasking masking, HttpContext http) =>
        DecideAsync(grains, masking, http, sourceId, name, new ClassDecisionRequest(column, className, ClassStatus.Rejected, request.Reason));

    private static async Task<Results<Ok<AssetColumn>, ProblemHttpResult>> SetAsync(
        string sourceId, string name, string column, ManualClassesRequest request, IGrainFactory grains, SampleMasking masking, HttpContext http)
    {
        if (request.Classes is null)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "classes is required (an empty list clears the manual classes).");
        }

        if (NullChecks.InList("classes", request.Classes) is { } invalid)
        {
            return invalid;
        }

        var asset = Asset(grains, sourceId, name);
        var result = await asset.SetManualClassesAsync(new ManualClasses(column, request.Classes, request.Reason));
        return result.Value is { } view ? TypedResults.Ok(await masking.ApplyAsync(view, asset, http)) : CatalogProblems.From(result.ErrorCode!, result.Error);
    }

    private static async Task<Results<Ok<AssetColumn>, ProblemHttpResult>> DecideAsync(
        IGrainFactory grains, SampleMasking masking, HttpContext http, string sourceId, string name, ClassDecisionRequest request)
    {
        var asset = Asset(grains, sourceId, name);
        var result = await asset.DecideClassAsync(request);
        return result.Value is { } view ? TypedResults.Ok(await masking.ApplyAsync(view, asset, http)) : CatalogProblems.From(result.ErrorCode!, result.Error);
    }

    /// <summary>
    /// Kestrel leaves an encoded slash (%2F) encoded in a route value: a file below a folder ("sub/f.csv")
    /// travels as one segment "sub%2Ff.csv".
    /// </summary>
    internal static IAssetGrain Asset(IGrainFactory grains, string sourceId, string name) =>
        grains.GetGrain<IAssetGrain>(AssetKeys.For(sourceId, name.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Body of POST .../classifications/{className}/reject.</summary>
    public sealed record RejectionRequest(string? Reason);

    /// <summary>Body of PUT .../classifications: the classes set by hand, and why.</summary>
    public sealed record ManualClassesRequest(IReadOnlyList<string>? Classes, string? Reason);
}
