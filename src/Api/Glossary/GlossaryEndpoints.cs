using DataSpine.Api.Catalog;
using DataSpine.Api.Errors;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Glossary;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Glossary;

/// <summary>The business glossary: terms, and which assets and columns carry them (searchable by term name).</summary>
public static class GlossaryEndpoints
{
    public static RouteGroupBuilder MapGlossaryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/glossary").WithTags("Glossary");
        group.MapPost("/terms", CreateAsync).WithName("CreateTerm").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.GlossaryTerm)
            .WithSummary("Define a term; names are unique, case-insensitively. status: \"draft\" or \"approved\" (default: Glossary:NewTermStatus).");
        group.MapGet("/terms", ListAsync).WithName("ListTerms").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.GlossaryTerm).WithSummary("All terms, by name.");
        group.MapGet("/terms/{id}", GetAsync).WithName("GetTerm").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.GlossaryTerm).WithSummary("A term with the assets and columns (assetId#column) that carry it.");
        group.MapPut("/terms/{id}", UpdateAsync).WithName("UpdateTerm").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.GlossaryTerm)
            .WithSummary("Change a draft in place; a change to an approved term becomes a revision in review (pending) and the approved one stays in force.");
        group.MapDelete("/terms/{id}", DeleteAsync).WithName("DeleteTerm").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.GlossaryTerm).WithSummary("Delete a term and take it off every asset.");
        group.MapPut("/assignments/{**assetId}", AssignAsync).WithName("AssignTerms").Allow(Role.Steward).Guard(PolicyActions.Annotate, Resources.AssetAsync)
            .WithSummary("Set the terms of an asset and of its columns (replaces what was there); unknown terms or columns change nothing.");
        group.MapTermLifecycleEndpoints();
        return api;
    }

    private static async Task<Results<Created<TermView>, ProblemHttpResult>> CreateAsync(TermRequest request, IGrainFactory grains)
    {
        if (NullChecks.InList("synonyms", request.Synonyms) is { } invalid)
        {
            return invalid;
        }

        if (!TryStatus(request.Status, out var status))
        {
            return ApiProblem.BadRequest(GlossaryErrors.InvalidTermStatus, $"status is \"draft\" or \"approved\", not \"{request.Status}\".");
        }

        var id = Guid.NewGuid().ToString("N")[..16];
        var result = await grains.GetGrain<IGlossaryTermGrain>(id).CreateAsync(Definition(request), status);
        return result.Succeeded ? TypedResults.Created($"/api/v1/glossary/terms/{id}", result.Value) : Problem(result.ErrorCode!, result.Error);
    }

    private static async Task<Ok<Page<TermEntry>>> ListAsync(IGrainFactory grains)
    {
        var terms = await grains.GetGrain<IGlossaryGrain>("all").ListAsync();
        return TypedResults.Ok(new Page<TermEntry>(terms.Count, terms, null));
    }

    private static async Task<Results<Ok<TermView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<IGlossaryTermGrain>(id).GetAsync() is { } view ? TypedResults.Ok(view) : NotFound(id);

    private static async Task<Results<Ok<TermView>, ProblemHttpResult>> UpdateAsync(string id, TermRequest request, IGrainFactory grains)
    {
        if (NullChecks.InList("synonyms", request.Synonyms) is { } invalid)
        {
            return invalid;
        }

        var term = grains.GetGrain<IGlossaryTermGrain>(id);
        if (await term.GetAsync() is null)
        {
            return NotFound(id);
        }

        var result = await term.SaveAsync(Definition(request));
        return result.Succeeded ? TypedResults.Ok(result.Value) : Problem(result.ErrorCode!, result.Error);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<IGlossaryTermGrain>(id).DeleteAsync() ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<AssetView>, ProblemHttpResult>> AssignAsync(
        string assetId, AssignmentRequest request, IGrainFactory grains, SampleMasking masking, HttpContext http)
    {
        if ((NullChecks.InList("terms", request.Terms) ?? NullChecks.InMap("columns", request.Columns)) is { } invalid)
        {
            return invalid;
        }

        var terms = new AssetTerms(request.Terms ?? [], request.Columns ?? new Dictionary<string, IReadOnlyList<string>>());
        if (terms.Terms.Count + terms.Columns.Values.Sum(c => c.Count) > 1000)
        {
            return ApiProblem.BadRequest(CatalogErrors.InvalidTerms, "At most 1000 term assignments per asset.");
        }

        var result = await grains.GetGrain<IAssetGrain>(assetId).SetTermsAsync(terms);
        return result.Succeeded ? TypedResults.Ok(await masking.ApplyAsync(result.Value!, http)) : Problem(result.ErrorCode!, result.Error);
    }

    /// <summary>Null leaves the choice to the node's Glossary:NewTermStatus.</summary>
    private static bool TryStatus(string? text, out TermStatus? status)
    {
        status = text?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "draft" => TermStatus.Draft,
            "approved" => TermStatus.Approved,
            _ => TermStatus.Deprecated,
        };
        return status != TermStatus.Deprecated;
    }

    private static TermDefinition Definition(TermRequest request) =>
        new(request.Name ?? "", request.Definition ?? "", request.Synonyms ?? [], request.Owner);

    internal static ProblemHttpResult NotFound(string id) => ApiProblem.NotFound(GlossaryErrors.TermNotFound, $"No glossary term '{id}'.");

    internal static ProblemHttpResult Problem(string code, string? detail) => ApiProblem.Create(code switch
    {
        CatalogErrors.AssetNotFound => StatusCodes.Status404NotFound,
        GlossaryErrors.TermNameTaken or GlossaryErrors.InvalidTermStatus or GlossaryErrors.TermNotApproved => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    }, code, detail ?? code);

    /// <summary>Body of POST and PUT /api/v1/glossary/terms.</summary>
    public sealed record TermRequest(string? Name, string? Definition, IReadOnlyList<string>? Synonyms, string? Owner, string? Status = null);

    /// <summary>Body of PUT /api/v1/glossary/assignments/{assetId}: term ids for the asset, and per column.</summary>
    public sealed record AssignmentRequest(IReadOnlyList<string>? Terms, IReadOnlyDictionary<string, IReadOnlyList<string>>? Columns);
}
