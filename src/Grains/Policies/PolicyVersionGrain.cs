namespace DataSpine.Grains.Policies;

public sealed class PolicyVersionGrain([PersistentState("policySetVersion")] IPersistentState<PolicyVersionState> state)
    : Grain, IPolicyVersionGrain
{
    public async Task WriteAsync(PolicySetVersion version)
    {
        state.State.Version = version;
        await state.WriteStateAsync();
    }

    public Task<PolicySetVersion?> GetAsync() => Task.FromResult(state.State.Version);
}
