using DataSpine.Api.Errors;
using DataSpine.Api.Security;
using DataSpine.Grains.Residency;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Residency;

/// <summary>The residency matrix (classification → allowed regions) and decisions against it (docs/cdc.md).</summary>
public static class ResidencyEndpoints
{
    private const int MaxColumns = 2000;

    public static RouteGroupBuilder MapResidencyEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/residency").WithTags("Residency");
        group.MapGet("/matrix", GetAsync).WithName("GetResidencyMatrix").Allow(Role.Viewer).WithSummary("The residency matrix: which regions each category or class may go to.");
        group.MapPut("/matrix", PutAsync).WithName("PutResidencyMatrix").Allow(Role.Admin)
            .WithSummary("Replace the residency matrix; a rule names a category (PII, PCI, FINANCIAL, RESTRICTED) or a catalog class (EMAIL, CREDIT_CARD, ...).");
        group.MapPost("/evaluate", EvaluateAsync).WithName("EvaluateResidency").Allow(Role.Viewer)
            .WithSummary("Whether an asset's columns (or the given columns and classes) may go to a region, with reason codes per column.");
        return api;
    }

    private static async Task<Ok<ResidencyMatrix>> GetAsync(IGrainFactory grains) =>
        TypedResults.Ok(await Matrix(grains).GetAsync());

    private static async Task<Results<Ok<ResidencyMatrix>, ProblemHttpResult>> PutAsync(MatrixRequest request, IGrainFactory grains)
    {
        if (request.Rules is null)
        {
            return ApiProblem.BadRequest(ResidencyErrors.InvalidMatrix, "'rules' is required (an empty list allows no classified data anywhere).");
        }

        if (NullChecks.InList("rules", request.Rules) is { } invalid)
        {
            return invalid;
        }

        var result = await Matrix(grains).PutAsync(new ResidencyMatrix { Rules = request.Rules });
        return result.Succeeded ? TypedResults.Ok(result.Value) : ApiProblem.BadRequest(result.ErrorCode!, result.Error ?? result.ErrorCode!);
    }

    private static async Task<Results<Ok<ResidencyDecision>, ProblemHttpResult>> EvaluateAsync(EvaluateRequest request, IGrainFactory grains)
    {
        if (string.IsNullOrEmpty(request.Region))
        {
            return ApiProblem.BadRequest(ResidencyErrors.InvalidRegion, "'region' is required.");
        }

        if ((request.Asset is null) == (request.Columns is null))
        {
            return ApiProblem.BadRequest(ResidencyErrors.InvalidEvaluation, "Give either 'asset' (an asset id) or 'columns' ({\"column\": [\"EMAIL\", ...]}).");
        }

        if (request.Columns is { Count: > MaxColumns })
        {
            return ApiProblem.BadRequest(ResidencyErrors.InvalidEvaluation, $"At most {MaxColumns} columns.");
        }

        if (NullChecks.InMap("columns", request.Columns) is { } invalid)
        {
            return invalid;
        }

        var matrix = Matrix(grains);
        var result = request.Asset is { } asset
            ? await matrix.EvaluateAssetAsync(asset, request.Region)
            : await matrix.EvaluateAsync(request.Columns!.Select(c => new ClassifiedColumn(c.Key, c.Value)).ToList(), request.Region);
        return result.Succeeded
            ? TypedResults.Ok(result.Value)
            : ApiProblem.Create(result.ErrorCode == ResidencyErrors.AssetNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                result.ErrorCode!, result.Error ?? result.ErrorCode!);
    }

    private static IResidencyMatrixGrain Matrix(IGrainFactory grains) => grains.GetGrain<IResidencyMatrixGrain>("all");

    /// <summary>Body of PUT /api/v1/residency/matrix.</summary>
    public sealed record MatrixRequest(IReadOnlyList<ResidencyRule>? Rules);

    /// <summary>Body of POST /api/v1/residency/evaluate: an asset id or columns with their classes, and the destination region.</summary>
    public sealed record EvaluateRequest(string? Asset, IReadOnlyDictionary<string, IReadOnlyList<string>>? Columns, string? Region);
}
