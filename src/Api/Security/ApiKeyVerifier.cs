using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using DataSpine.Grains.Security;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Security;

/// <summary>A key that verified: who it is and what it may do.</summary>
public sealed record VerifiedKey(string Id, string Name, Role Role);

/// <summary>
/// Checks a presented key against the key ring. A verified key is trusted for Auth:KeyCacheDuration (10 s by
/// default) so requests do not each pay PBKDF2 and a grain call; that is how long a revocation takes to reach
/// other nodes (this node forgets the key at once). Last-used times go to the grain at most once a minute.
/// </summary>
public sealed partial class ApiKeyVerifier(IGrainFactory grains, IOptions<AuthSettings> settings, TimeProvider clock, ILogger<ApiKeyVerifier> logger)
    : IDisposable
{
    private readonly MemoryCache _verified = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly ConcurrentDictionary<string, DateTimeOffset> _touched = new(StringComparer.Ordinal);

    private IApiKeyRingGrain Ring => grains.GetGrain<IApiKeyRingGrain>("all");

    public async Task<VerifiedKey?> VerifyAsync(string text)
    {
        var now = clock.GetUtcNow();
        var cacheKey = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (!_verified.TryGetValue(cacheKey, out VerifiedKey? key))
        {
            var (id, secret) = ApiKeyText.Parse(text);
            var stored = await Ring.FindAsync(id);
            if (stored is null || !stored.UsableAt(now) || !ApiKeyHasher.Verify(secret, stored.Hash))
            {
                return null;
            }

            key = new VerifiedKey(stored.Id, stored.Name, stored.Role);
            var until = now + settings.Value.KeyCacheDuration;
            _verified.Set(cacheKey, key, new MemoryCacheEntryOptions
            {
                Size = 1,
                AbsoluteExpiration = stored.ExpiresAt is { } expires && expires < until ? expires : until,
            });
        }

        Touch(key!.Id, now);
        return key;
    }

    /// <summary>This node stops trusting the key at once (others within the cache duration).</summary>
    public void Forget(string id)
    {
        // The cache is keyed by the hash of the whole text, so a revoked id empties it; revocations are rare.
        _verified.Clear();
        _touched.TryRemove(id, out _);
    }

    private void Touch(string id, DateTimeOffset now)
    {
        if (_touched.TryGetValue(id, out var last) && now - last < ApiKeyUse.Resolution)
        {
            return;
        }

        _touched[id] = now;
        _ = TouchAsync(id, now);
    }

    private async Task TouchAsync(string id, DateTimeOffset now)
    {
        try
        {
            await Ring.TouchAsync(id, now);
        }
        catch (Exception error)
        {
            LogTouchFailed(logger, error, id);
        }
    }

    public void Dispose() => _verified.Dispose();

    [LoggerMessage(1700, LogLevel.Warning, "Could not record the last use of API key {KeyId}")]
    private static partial void LogTouchFailed(ILogger logger, Exception error, string keyId);
}
