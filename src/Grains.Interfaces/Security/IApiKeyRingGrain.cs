using Orleans.Concurrency;

namespace DataSpine.Grains.Security;

/// <summary>
/// Every API key of the cluster (one grain, key "all"). Keys are few (admins create them by hand) and nodes
/// cache verified keys for seconds, so one grain is not on the hot path of requests.
/// </summary>
[Alias("ds.security.IApiKeyRingGrain")]
public interface IApiKeyRingGrain : IGrainWithStringKey
{
    /// <summary>Stores a new key; false when its id is taken.</summary>
    Task<bool> AddAsync(ApiKeyCredential key);

    /// <summary>Stores the key only when no usable admin key exists (a node's first start); true when stored.</summary>
    Task<bool> AddFirstAdminAsync(ApiKeyCredential key);

    /// <summary>Stores a configured key (Auth:BootstrapAdminKey) or replaces one of its id whose hash differs.</summary>
    Task PutConfiguredAsync(ApiKeyCredential key);

    [ReadOnly]
    Task<ApiKeyCredential?> FindAsync(string id);

    [ReadOnly]
    Task<IReadOnlyList<ApiKeyView>> ListAsync();

    /// <summary>Marks the key revoked; false when there is no such key.</summary>
    Task<bool> RevokeAsync(string id);

    /// <summary>Records a use; written at most once a minute per key.</summary>
    Task TouchAsync(string id, DateTimeOffset usedAt);
}
