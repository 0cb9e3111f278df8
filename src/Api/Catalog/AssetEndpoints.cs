using DataSpine.Api.Paging;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Catalog;

/// <summary>Read assets: a source's assets, and one asset with columns, profile, classes and versions.</summary>
public static class AssetEndpoints
{
    private const int MaxLimit = 500;

    public static RouteGroupBuilder MapAssetEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/sources/{id}/assets", ListAsync).WithTags("Assets").WithName("ListSourceAssets").Allow(Role.Viewer)
            .Guard(PolicyActions.Read, Resources.Source)
            .WithSummary("Assets seen by the source's last scan, by qualified name; deleted ones are left out.");
        api.MapGet("/assets/{**id}", GetAsync).WithTags("Assets").WithName("GetAsset").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.AssetAsync)
            .WithSummary("One asset: columns with classifications and profile, keys, definition and schema versions.");
        return api;
    }

    private static async Task<Results<Ok<Page<AssetSummary>>, ProblemHttpResult>> ListAsync(
        string id, IGrainFactory grains, int? limit, string? cursor, string? type)
    {
        var source = grains.GetGrain<ISourceGrain>(id);
        if (await source.GetAsync() is null)
        {
            return CatalogProblems.SourceNotFound(id);
        }

        if (PageWindow.TryRead(limit, 50, MaxLimit, cursor, out var window) is { } invalid)
        {
            return invalid;
        }

        // The source's list of known assets pages and filters; only the page's assets are asked for details.
        var matching = (await source.GetKnownAssetsAsync())
            .Where(k => type is null || string.Equals(k.Type.ToString(), type, StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k.QualifiedName, StringComparer.Ordinal)
            .ToList();
        var views = await Task.WhenAll(matching.Skip(window.Skip).Take(window.Take)
            .Select(k => grains.GetGrain<IAssetGrain>(AssetKeys.For(id, k.QualifiedName)).GetAsync()));
        var page = views.OfType<AssetView>().Select(Summary).ToList();
        return TypedResults.Ok(new Page<AssetSummary>(matching.Count, page, window.NextCursor(matching.Count)));
    }

    private static async Task<Results<Ok<AssetView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains, SampleMasking masking, HttpContext http) =>
        await grains.GetGrain<IAssetGrain>(id).GetAsync() is { } view
            ? TypedResults.Ok(await masking.ApplyAsync(view, http))
            : CatalogProblems.From(CatalogErrors.AssetNotFound, $"No asset '{id}'.");

    private static AssetSummary Summary(AssetView v) => new(v.Id, v.Name, v.QualifiedName, v.Type, v.Schema, v.Columns.Count, v.RowCount,
        [.. v.Columns.SelectMany(c => c.Classifications.Select(k => k.Class)).Distinct().Order(StringComparer.Ordinal)], v.LastSeenAt,
        v.Columns.Sum(c => c.Review?.Count(r => r.NeedsReview) ?? 0));
}
