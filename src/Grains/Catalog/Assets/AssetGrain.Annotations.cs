namespace DataSpine.Grains.Catalog.Assets;

/// <summary>Descriptions and owners written by stewards on the asset and its columns; search finds the asset by them.</summary>
internal sealed partial class AssetGrain
{
    private const int MaxDescription = 10_000;
    private const int MaxOwners = 20;
    private const int MaxOwnerName = 200;

    public async Task<SourceResult<AssetView>> AnnotateAsync(AssetAnnotation annotation)
    {
        if (!State.Exists || State.Harvest is null)
        {
            return SourceResult.Fail<AssetView>(CatalogErrors.AssetNotFound, $"No asset '{this.GetPrimaryKeyString()}'.");
        }

        var key = annotation.Column ?? AssetLevel;
        if (annotation.Column is not null && (await GetAsync())!.Columns.All(c => c.Name != annotation.Column))
        {
            return SourceResult.Fail<AssetView>(CatalogErrors.ColumnNotFound, $"The asset has no column '{annotation.Column}'.");
        }

        var description = string.IsNullOrWhiteSpace(annotation.Description) ? null : annotation.Description.Trim();
        var owners = annotation.Owners.Select(o => o with { Name = o.Name.Trim() }).Distinct().ToList();
        var problem = description?.Length > MaxDescription ? $"A description is at most {MaxDescription} characters."
            : owners.Count > MaxOwners ? $"At most {MaxOwners} owners."
            : owners.Any(o => o.Name.Length is 0 or > MaxOwnerName) ? $"An owner's name is 1 to {MaxOwnerName} characters."
            : owners.Any(o => !Enum.IsDefined(o.Kind)) ? "An owner is a person or a group."
            : null;
        if (problem is not null)
        {
            return SourceResult.Fail<AssetView>(CatalogErrors.InvalidAnnotation, problem);
        }

        if (description is null && owners.Count == 0)
        {
            State.Annotations.Remove(key);
        }
        else
        {
            State.Annotations[key] = new AssetAnnotation(annotation.Column, description, owners);
        }

        await asset.WriteStateAsync();
        return SourceResult.Ok((await GetAsync())!);
    }
}
