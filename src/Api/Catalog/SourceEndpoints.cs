using DataSpine.Api.Errors;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Catalog;

/// <summary>Register, read, change, test and delete data sources.</summary>
public static class SourceEndpoints
{
    private const int MaxRegionLength = 64;

    public static RouteGroupBuilder MapSourceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sources").WithTags("Sources");
        group.MapPost("", CreateAsync).WithName("CreateSource").Allow(Role.Engineer).Guard(PolicyActions.Write, Resources.Source).WithSummary("Register a source (postgres, sqlite, files or kafka); the connection is stored encrypted and never returned.");
        group.MapGet("", ListAsync).WithName("ListSources").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.Source).WithSummary("All sources, by name.");
        group.MapGet("/{id}", GetAsync).WithName("GetSource").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.Source);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateSource").Allow(Role.Engineer).Guard(PolicyActions.Write, Resources.SourceAsync);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteSource").Allow(Role.Admin).Guard(PolicyActions.Delete, Resources.SourceAsync);
        group.MapPost("/detect", DetectAsync).WithName("DetectSource").Allow(Role.Engineer).Guard(PolicyActions.Write, Resources.Source).WithSummary("Guess the source type of a URL, DSN or path, and what is missing.");
        group.MapPost("/{id}/test", TestAsync).WithName("TestSourceConnection").Allow(Role.Engineer).Guard(PolicyActions.Write, Resources.SourceAsync).WithSummary("Try to reach the source now.");
        return api;
    }

    private static async Task<Results<Created<SourceView>, ProblemHttpResult>> CreateAsync(SourceRequest request, IGrainFactory grains)
    {
        if (InvalidOptions(request) is { } invalid)
        {
            return invalid;
        }

        var id = Guid.NewGuid().ToString("N")[..16];
        var result = await grains.GetGrain<ISourceGrain>(id).CreateAsync(Definition(request));
        return result.Succeeded ? TypedResults.Created($"/api/v1/sources/{id}", result.Value) : CatalogProblems.From(result.ErrorCode!, result.Error);
    }

    private static async Task<Ok<Page<SourceEntry>>> ListAsync(IGrainFactory grains)
    {
        var entries = await grains.GetGrain<ISourceDirectoryGrain>("all").ListAsync();
        return TypedResults.Ok(new Page<SourceEntry>(entries.Count, entries, null));
    }

    private static async Task<Results<Ok<SourceView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<ISourceGrain>(id).GetAsync() is { } view ? TypedResults.Ok(view) : CatalogProblems.SourceNotFound(id);

    private static async Task<Results<Ok<SourceView>, ProblemHttpResult>> UpdateAsync(string id, SourceRequest request, IGrainFactory grains)
    {
        if (InvalidOptions(request) is { } invalid)
        {
            return invalid;
        }

        var result = await grains.GetGrain<ISourceGrain>(id).UpdateAsync(Definition(request));
        return result.Succeeded ? TypedResults.Ok(result.Value) : CatalogProblems.From(result.ErrorCode!, result.Error);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<ISourceGrain>(id).DeleteAsync() ? TypedResults.NoContent() : CatalogProblems.SourceNotFound(id);

    private static async Task<Results<Ok<ConnectionTest>, ProblemHttpResult>> TestAsync(string id, IGrainFactory grains)
    {
        var result = await grains.GetGrain<ISourceGrain>(id).TestConnectionAsync();
        return result.Succeeded ? TypedResults.Ok(result.Value) : CatalogProblems.From(result.ErrorCode!, result.Error);
    }

    private static async Task<Results<Ok<SourceDetection>, ProblemHttpResult>> DetectAsync(DetectRequest request, IGrainFactory grains) =>
        string.IsNullOrWhiteSpace(request.Hint) || request.Hint.Length > 4096
            ? ApiProblem.BadRequest(ErrorCodes.InvalidRequest, "hint is required and at most 4096 characters.")
            : TypedResults.Ok(await grains.GetGrain<ISourceDetectorGrain>("detect").DetectAsync(request.Hint));

    private static ProblemHttpResult? InvalidOptions(SourceRequest request) => request.Options switch
    {
        null => null,
        { IncludeSchemas: null } => NullChecks.Problem("options.includeSchemas"),
        { ExcludeSchemas: null } => NullChecks.Problem("options.excludeSchemas"),
        { Region: { } region } when string.IsNullOrWhiteSpace(region) || region.Length > MaxRegionLength =>
            ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"options.region is 1 to {MaxRegionLength} characters when given."),
        var options => NullChecks.InList("options.includeSchemas", options.IncludeSchemas) ?? NullChecks.InList("options.excludeSchemas", options.ExcludeSchemas),
    };

    private static SourceDefinition Definition(SourceRequest request) =>
        new(request.Name ?? "", request.Type?.Trim().ToLowerInvariant() ?? "", request.Connection ?? "", request.Options ?? new SourceOptions());
}
