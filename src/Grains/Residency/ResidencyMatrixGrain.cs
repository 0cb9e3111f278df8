using DataSpine.Grains.Catalog;

namespace DataSpine.Grains.Residency;

/// <summary>The cluster's residency matrix; admins replace it whole, routes and the API evaluate against it.</summary>
public sealed class ResidencyMatrixGrain([PersistentState("residencyMatrix")] IPersistentState<ResidencyMatrixState> state, TimeProvider clock)
    : Grain, IResidencyMatrixGrain
{
    public Task<ResidencyMatrix> GetAsync() => Task.FromResult(state.State.Matrix);

    public async Task<ResidencyResult<ResidencyMatrix>> PutAsync(ResidencyMatrix matrix)
    {
        var checkedMatrix = ResidencyEvaluator.Validate(matrix);
        if (!checkedMatrix.Succeeded)
        {
            return checkedMatrix;
        }

        state.State.Matrix = checkedMatrix.Value! with { UpdatedAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        return new(state.State.Matrix);
    }

    public Task<ResidencyResult<ResidencyDecision>> EvaluateAsync(IReadOnlyList<ClassifiedColumn> columns, string region)
    {
        if (!ResidencyEvaluator.IsRegion(region))
        {
            return Task.FromResult(new ResidencyResult<ResidencyDecision>(null, ResidencyErrors.InvalidRegion,
                $"'{region}' is not a region code (lower-case letters, digits and '-', 1 to 32)."));
        }

        if (columns.SelectMany(c => c.Classes).FirstOrDefault(c => !ClassCategories.IsClass(c)) is { } unknown)
        {
            return Task.FromResult(new ResidencyResult<ResidencyDecision>(null, ResidencyErrors.UnknownClassification,
                $"'{unknown}' is not one of the catalog's classes ({string.Join(", ", ClassCategories.ByClass.Keys)})."));
        }

        return Task.FromResult(new ResidencyResult<ResidencyDecision>(ResidencyEvaluator.Evaluate(state.State.Matrix, columns, region)));
    }

    public async Task<ResidencyResult<ResidencyDecision>> EvaluateAssetAsync(string assetId, string region)
    {
        var asset = await GrainFactory.GetGrain<IAssetGrain>(assetId).GetAsync();
        return asset is null || asset.Deleted
            ? new(null, ResidencyErrors.AssetNotFound, $"No catalogued asset '{assetId}'.")
            : await EvaluateAsync(AssetClasses.Columns(asset), region);
    }
}
