using DataSpine.Api.Security;
using DataSpine.Grains.Policies;
using DataSpine.Policies.BuiltIn;
using DataSpine.Policies.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Policies;

/// <summary>
/// This node's copy of the policy set: the built-in role policies and the stored custom ones, compiled once per
/// version. At most every <c>Policies:RefreshInterval</c> (1 s) a request asks the store for its version number
/// only, and reloads when it changed; a change made through this node applies at once.
/// </summary>
public sealed partial class PolicySetCache(
    IGrainFactory grains, IOptions<AuthSettings> auth, IConfiguration configuration, TimeProvider clock, ILogger<PolicySetCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly TimeSpan _interval = configuration.GetValue("Policies:RefreshInterval", TimeSpan.FromSeconds(1));
    private Loaded? _loaded;

    public void Dispose() => _refresh.Dispose();

    private sealed record Loaded(int Version, PolicySet Set, long CheckedAt);

    public async ValueTask<PolicySet> CurrentAsync()
    {
        var loaded = _loaded;
        if (loaded is not null && clock.GetElapsedTime(loaded.CheckedAt) < _interval)
        {
            return loaded.Set;
        }

        await _refresh.WaitAsync();
        try
        {
            loaded = _loaded;
            if (loaded is not null && clock.GetElapsedTime(loaded.CheckedAt) < _interval)
            {
                return loaded.Set;
            }

            var store = grains.GetGrain<IPolicyStoreGrain>(PolicyStore.Key);
            int version;
            try
            {
                version = await store.GetVersionAsync();
            }
            catch (Exception error) when (loaded is not null && error is OrleansException or TimeoutException)
            {
                // The store's silo is unreachable for now (it died, or is starved): every request on this node would fail
                // with it, so the last set loaded goes on deciding until the store answers again. A node that never
                // loaded a set has nothing to fall back on and refuses.
                LogStale(logger, loaded.Version, error.Message);
                _loaded = loaded with { CheckedAt = clock.GetTimestamp() };
                return loaded.Set;
            }

            if (loaded is not null && loaded.Version == version)
            {
                _loaded = loaded with { CheckedAt = clock.GetTimestamp() };
                return loaded.Set;
            }

            return Apply(await store.GetCurrentAsync());
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Makes <paramref name="version"/> this node's set (unless a newer one is loaded already).</summary>
    public PolicySet Apply(PolicySetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var loaded = _loaded;
        if (loaded is not null && loaded.Version > version.Version)
        {
            return loaded.Set;
        }

        var custom = PolicyStore.Compile(version.Documents);
        if (!custom.Ok)
        {
            // The API stores only sets that compiled; one that no longer does (a newer node wrote it) keeps the last good set.
            LogRefused(logger, version.Version, custom.Errors[0].Message);
            return loaded?.Set ?? BuiltInOnly();
        }

        var set = new PolicySet([.. RolePolicies.Create(auth.Value.AnonymousReads), .. custom.Policies]);
        _loaded = new Loaded(version.Version, set, clock.GetTimestamp());
        return set;
    }

    /// <summary>The built-in policies with <paramref name="custom"/> besides, as a candidate set is checked before it is stored.</summary>
    public PolicySet With(IReadOnlyList<Policy> custom) => new([.. RolePolicies.Create(auth.Value.AnonymousReads), .. custom]);

    private PolicySet BuiltInOnly() => new(RolePolicies.Create(auth.Value.AnonymousReads));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The policy store did not answer ({Reason}); policy set version {Version} goes on deciding.")]
    private static partial void LogStale(ILogger logger, int version, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored policy set version {Version} does not compile ({Reason}); keeping the last good set.")]
    private static partial void LogRefused(ILogger logger, int version, string reason);
}
