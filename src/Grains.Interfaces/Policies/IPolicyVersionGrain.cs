using Orleans.Concurrency;

namespace DataSpine.Grains.Policies;

/// <summary>One stored version of the policy set, keyed by its number; written once by <see cref="IPolicyStoreGrain"/>.</summary>
[Alias("ds.policies.IPolicyVersionGrain")]
public interface IPolicyVersionGrain : IGrainWithIntegerKey
{
    Task WriteAsync(PolicySetVersion version);

    [ReadOnly]
    Task<PolicySetVersion?> GetAsync();
}
