using DataSpine.Api.Errors;
using DataSpine.Api.Paging;
using DataSpine.Api.Security;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Catalog;

/// <summary>Full-text search over assets: names, qualified names, columns, comments, classes and terms.</summary>
public static class SearchEndpoints
{
    private const int MaxQuery = 200;
    private const int MaxLimit = 100;

    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithTags("Search").WithName("Search").Allow(Role.Viewer)
            .WithSummary("Words match as prefixes; an exact name ranks first, then matches in the name, then elsewhere; highlights mark matched words with [[ ]].")
            .WithDescription($"Ranking, paging and facets cover the best {SearchQuery.RankedMatches:N0} matches. When more match, totalExact is false and "
                + "total and facet counts are lower bounds: narrow the words or add filters to see the rest. Filters: type, source, schema, classification "
                + "and term (a glossary term's id: assets that carry it or have a column that does). Facets: type, source, classification and term "
                + "(value the term's id, label its name).");
        return api;
    }

    private static async Task<Results<Ok<SearchPage>, ProblemHttpResult>> SearchAsync(
        IGrainFactory grains, string? q, string? type, string? source, string? schema, string? classification, string? term, int? limit, string? cursor)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQuery)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"q is required and at most {MaxQuery} characters.");
        }

        if (PageWindow.TryRead(limit, 20, MaxLimit, cursor, out var window) is { } invalid)
        {
            return invalid;
        }

        if (window.Skip >= SearchQuery.RankedMatches)
        {
            return ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"Search pages through the best {SearchQuery.RankedMatches:N0} matches; narrow the words or add filters.");
        }

        var results = await grains.GetGrain<ISearchGrain>("search").SearchAsync(new SearchQuery(q, type, source, schema, classification, window.Take, window.Skip, term));
        return TypedResults.Ok(new SearchPage(results.Total, results.TotalExact, results.Hits, results.Facets, window.NextCursor(results.Total)));
    }

    /// <summary>A page of search results with facet counts over the ranked matches (lower bounds when totalExact is false).</summary>
    public sealed record SearchPage(int Total, bool TotalExact, IReadOnlyList<SearchHit> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, string? Cursor);
}
