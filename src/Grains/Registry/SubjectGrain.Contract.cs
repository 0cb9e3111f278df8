namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public Task<string> GetContractAsync() => Task.FromResult(state.State.Contract ?? SemverChanges.Major);

    public async Task<RegistryResult<string>> SetContractAsync(string level)
    {
        if (SemverChanges.Normalize(level) is not { } parsed)
        {
            return RegistryResult.Fail<string>(RegistryErrorCodes.InvalidContract, "Invalid contract level. Valid values are major, minor and patch");
        }

        state.State.Contract = parsed;
        await state.WriteStateAsync();
        return RegistryResult.Ok(parsed);
    }
}
