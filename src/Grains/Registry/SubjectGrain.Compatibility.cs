namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public async Task<RegistryResult<CompatibilityCheckResult>> CheckCompatibilityAsync(CompatibilityCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<SubjectVersionState> against;
        if (request.Version is { } version)
        {
            // Confluent: "latest" of a subject without versions is compatible; a missing numbered version is 40402.
            var one = FindState(version, includeDeleted: false);
            if (one is null && version != -1)
            {
                return RegistryResult.Fail<CompatibilityCheckResult>(VersionNotFound(version));
            }

            against = one is null ? [] : [one];
        }
        else
        {
            against = Visible(includeDeleted: false).ToList();
        }

        var prepared = await PrepareAsync(request.Schema);
        if (!prepared.IsSuccess)
        {
            return RegistryResult.Fail<CompatibilityCheckResult>(prepared.Error!);
        }

        var result = Check(await EffectiveLevelAsync(), prepared.Value!, against);
        return RegistryResult.Ok<CompatibilityCheckResult>(new CompatibilityCheckResult(result.IsCompatible, result.Messages));
    }
}
