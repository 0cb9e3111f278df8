using Orleans.Concurrency;

namespace DataSpine.Grains.Policies;

/// <summary>
/// The custom policy set of the cluster (one grain, key "all"), versioned: each replacement is a new version and
/// the earlier ones stay readable. Nodes cache the set and ask only for its version to notice a change.
/// </summary>
[Alias("ds.policies.IPolicyStoreGrain")]
public interface IPolicyStoreGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<int> GetVersionAsync();

    [ReadOnly]
    Task<PolicySetVersion> GetCurrentAsync();

    /// <summary>A version stored earlier (or the current one); null when there is no such version.</summary>
    [ReadOnly]
    Task<PolicySetVersion?> GetAsync(int version);

    /// <summary>Stores <paramref name="documents"/> (a checked JSON array) as the next version and makes it current.</summary>
    Task<PolicySetVersion> ReplaceAsync(string documents, string? updatedBy);
}
