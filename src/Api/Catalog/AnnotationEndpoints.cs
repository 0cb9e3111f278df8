using DataSpine.Api.Errors;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Catalog;

/// <summary>Stewards describe assets and columns and name their owners (people or groups); search finds both.</summary>
public static class AnnotationEndpoints
{
    public static RouteGroupBuilder MapAnnotationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/assets/{sourceId}/{name}/annotation", AnnotateAssetAsync).WithTags("Stewardship").WithName("AnnotateAsset").Allow(Role.Steward)
            .WithSummary("Set the asset's description and owners (replaces what was there; an empty body clears them).");
        api.MapPut(ClassificationEndpoints.ColumnRoute + "/annotation", AnnotateColumnAsync).WithTags("Stewardship").WithName("AnnotateColumn")
            .Allow(Role.Steward).WithSummary("Set a column's description and owners (replaces what was there; an empty body clears them).");
        return api;
    }

    private static Task<Results<Ok<AssetView>, ProblemHttpResult>> AnnotateAssetAsync(
        string sourceId, string name, AnnotationRequest request, IGrainFactory grains, SampleMasking masking, HttpContext http) =>
        AnnotateAsync(grains, masking, http, sourceId, name, null, request);

    private static Task<Results<Ok<AssetView>, ProblemHttpResult>> AnnotateColumnAsync(
        string sourceId, string name, string column, AnnotationRequest request, IGrainFactory grains, SampleMasking masking, HttpContext http) =>
        AnnotateAsync(grains, masking, http, sourceId, name, column, request);

    private static async Task<Results<Ok<AssetView>, ProblemHttpResult>> AnnotateAsync(
        IGrainFactory grains, SampleMasking masking, HttpContext http, string sourceId, string name, string? column, AnnotationRequest request)
    {
        if (NullChecks.InList("owners", request.Owners) is { } invalid)
        {
            return invalid;
        }

        var owners = new List<AssetOwner>();
        foreach (var owner in (request.Owners ?? []).OfType<OwnerRequest>())
        {
            if (!Enum.TryParse<OwnerKind>(owner.Kind ?? nameof(OwnerKind.Person), ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
                || int.TryParse(owner.Kind, out _))
            {
                return ApiProblem.BadRequest(CatalogErrors.InvalidAnnotation, $"An owner's kind is \"person\" or \"group\", not \"{owner.Kind}\".");
            }

            owners.Add(new AssetOwner(owner.Name ?? "", kind));
        }

        var result = await ClassificationEndpoints.Asset(grains, sourceId, name).AnnotateAsync(new AssetAnnotation(column, request.Description, owners));
        return result.Value is { } view ? TypedResults.Ok(await masking.ApplyAsync(view, http)) : CatalogProblems.From(result.ErrorCode!, result.Error);
    }

    /// <summary>Body of PUT .../annotation.</summary>
    public sealed record AnnotationRequest(string? Description, IReadOnlyList<OwnerRequest?>? Owners);

    /// <summary>An owner: a name (an e-mail address, a team) and its kind, "person" (the default) or "group".</summary>
    public sealed record OwnerRequest(string? Name, string? Kind);
}
