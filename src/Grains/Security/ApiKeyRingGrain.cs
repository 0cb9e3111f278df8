namespace DataSpine.Grains.Security;

public sealed class ApiKeyRingGrain([PersistentState("apiKeys")] IPersistentState<ApiKeyRingState> state, TimeProvider clock)
    : Grain, IApiKeyRingGrain
{
    private Dictionary<string, ApiKeyCredential> Keys => state.State.Keys;

    public async Task<bool> AddAsync(ApiKeyCredential key)
    {
        if (!Keys.TryAdd(key.Id, key))
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public async Task<bool> AddFirstAdminAsync(ApiKeyCredential key)
    {
        var now = clock.GetUtcNow();
        if (Keys.Values.Any(k => k.Role == Role.Admin && k.UsableAt(now)))
        {
            return false;
        }

        return await AddAsync(key);
    }

    public async Task PutConfiguredAsync(ApiKeyCredential key)
    {
        if (Keys.TryGetValue(key.Id, out var old) && old.Hash == key.Hash && old.Role == key.Role && !old.Revoked)
        {
            return;
        }

        Keys[key.Id] = key with { LastUsedAt = old?.LastUsedAt };
        await state.WriteStateAsync();
    }

    public Task<ApiKeyCredential?> FindAsync(string id) => Task.FromResult(Keys.GetValueOrDefault(id));

    public Task<IReadOnlyList<ApiKeyView>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ApiKeyView>>(Keys.Values.OrderBy(k => k.CreatedAt).Select(k => k.ToView()).ToList());

    public async Task<bool> RevokeAsync(string id)
    {
        if (!Keys.TryGetValue(id, out var key))
        {
            return false;
        }

        if (!key.Revoked)
        {
            Keys[id] = key with { Revoked = true };
            await state.WriteStateAsync();
        }

        return true;
    }

    public async Task TouchAsync(string id, DateTimeOffset usedAt)
    {
        if (Keys.TryGetValue(id, out var key) && (key.LastUsedAt is null || usedAt - key.LastUsedAt >= ApiKeyUse.Resolution))
        {
            Keys[id] = key with { LastUsedAt = usedAt };
            await state.WriteStateAsync();
        }
    }
}
