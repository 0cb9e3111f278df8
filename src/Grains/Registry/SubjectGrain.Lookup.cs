namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public async Task<RegistryResult<SubjectVersion>> LookupAsync(SchemaInput schema, bool includeDeleted)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var visible = Visible(includeDeleted).ToList();
        if (visible.Count == 0)
        {
            return RegistryResult.Fail<SubjectVersion>(SubjectNotFound());
        }

        var prepared = await PrepareAsync(schema);
        if (!prepared.IsSuccess)
        {
            return RegistryResult.Fail<SubjectVersion>(prepared.Error!);
        }

        return visible.FindLast(v => v.Fingerprint == prepared.Value!.Fingerprint) is { } found
            ? RegistryResult.Ok<SubjectVersion>(ToContract(found))
            : RegistryResult.Fail<SubjectVersion>(RegistryErrorCodes.SchemaNotFound, "Schema not found");
    }
}
