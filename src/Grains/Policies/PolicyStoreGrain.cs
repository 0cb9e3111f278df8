namespace DataSpine.Grains.Policies;

public sealed class PolicyStoreGrain([PersistentState("policySet")] IPersistentState<PolicyStoreState> state, TimeProvider clock)
    : Grain, IPolicyStoreGrain
{
    public Task<int> GetVersionAsync() => Task.FromResult(state.State.Current.Version);

    public Task<PolicySetVersion> GetCurrentAsync() => Task.FromResult(state.State.Current);

    public async Task<PolicySetVersion?> GetAsync(int version) => version switch
    {
        _ when version == state.State.Current.Version => state.State.Current,
        <= 0 => null,
        _ when version > state.State.Current.Version => null,
        _ => await GrainFactory.GetGrain<IPolicyVersionGrain>(version).GetAsync(),
    };

    public async Task<PolicySetVersion> ReplaceAsync(string documents, string? updatedBy)
    {
        var next = new PolicySetVersion(state.State.Current.Version + 1, documents, clock.GetUtcNow(), updatedBy);
        // The version is kept first: a failure between the two writes leaves an unreferenced version, never a
        // current set whose history is missing.
        await GrainFactory.GetGrain<IPolicyVersionGrain>(next.Version).WriteAsync(next);
        state.State.Current = next;
        await state.WriteStateAsync();
        return next;
    }
}
