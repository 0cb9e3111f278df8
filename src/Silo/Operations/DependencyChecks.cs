using System.Diagnostics;
using System.Reflection;
using DataSpine.Hosting.Storage;

namespace DataSpine.Silo.Operations;

/// <summary>A dependency the node needs (storage now; Kafka and others later).</summary>
internal interface IDependencyCheck
{
    string Name { get; }

    /// <summary>Required dependencies decide readiness and strict start-up.</summary>
    bool Required { get; }

    Task CheckAsync(CancellationToken cancellationToken);
}

internal sealed class StorageCheck(RelationalGrainStorage storage) : IDependencyCheck
{
    public string Name => "storage";

    public bool Required => true;

    public Task CheckAsync(CancellationToken cancellationToken) => storage.PingAsync(cancellationToken);
}

/// <summary>An api process is ready when it reaches at least one live silo.</summary>
internal sealed class ClusterCheck(IGrainFactory grains) : IDependencyCheck
{
    public string Name => "cluster";

    public bool Required => true;

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken);
        if (hosts.Count == 0)
        {
            throw new InvalidOperationException("No live silo in the cluster.");
        }
    }
}

public sealed record DependencyStatus(string Name, bool Required, bool Healthy, double Milliseconds, string? Error);

/// <summary>Whether the node is ready, each dependency's answer, and the node's build (version+commit), which the UI's health line shows.</summary>
public sealed record DependencyReport(bool Ready, IReadOnlyList<DependencyStatus> Dependencies, string Version);

/// <summary>Runs every dependency check concurrently, each bounded in time.</summary>
internal sealed class DependencyChecker(IEnumerable<IDependencyCheck> checks)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    /// <summary>The informational version: the project version and, when built from git, "+" and the commit.</summary>
    public static string Version { get; } = typeof(DependencyChecker).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<DependencyReport> RunAsync(bool requiredOnly, CancellationToken cancellationToken)
    {
        var selected = checks.Where(c => c.Required || !requiredOnly);
        var results = await Task.WhenAll(selected.Select(c => RunOneAsync(c, cancellationToken)));
        return new DependencyReport(results.Where(r => r.Required).All(r => r.Healthy), results, Version);
    }

    private static async Task<DependencyStatus> RunOneAsync(IDependencyCheck check, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            await check.CheckAsync(timeout.Token);
            return new DependencyStatus(check.Name, check.Required, true, Elapsed(started), null);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = error is OperationCanceledException ? $"no answer within {s_timeout.TotalSeconds} s" : error.Message;
            return new DependencyStatus(check.Name, check.Required, false, Elapsed(started), reason);
        }
    }

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
}
