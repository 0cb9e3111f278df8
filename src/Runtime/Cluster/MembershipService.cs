using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Management;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Runtime.Cluster;

/// <summary>
/// This process's part in membership. A silo joins (Joining, check the active silos answer, Active),
/// refreshes the table, probes its peers and votes dead ones out, writes I-am-alive, and on shutdown goes
/// ShuttingDown then Dead. A process that hosts no grains only reads the table. A silo that reads itself
/// as Dead stops. When the active set changes, activations this silo no longer owns are deactivated.
/// </summary>
internal sealed partial class MembershipService(
    IMembershipTable table,
    ClusterView view,
    ClusterOptions options,
    RemoteCallClient remote,
    ActivationDirectory directory,
    SiloIdentity identity,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<MembershipService> logger) : BackgroundService, IHostedLifecycleService
{
    private static readonly TimeSpan s_lastWritesWait = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Dictionary<SiloAddress, int> _missed = [];

    private bool HostsGrains => options.Role == ClusterRole.Silo;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await table.InitializeAsync(cancellationToken);
        if (HostsGrains)
        {
            view.Self = SiloAddress.Parse(options.AdvertisedAddress, clock.GetUtcNow().ToUnixTimeMilliseconds());
            view.Changed += DeactivateMoved;
            await InsertJoiningAsync(cancellationToken);
        }
        else
        {
            await RefreshAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs before any hosted service stops: the table says ShuttingDown before the runtime starts
    /// deactivating and refusing calls, so a refused caller's re-read already routes it elsewhere
    /// (written in StopAsync, it came after the runtime's deactivation: ~1.3 s of refusals at defaults).
    /// </summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (HostsGrains && view.Self is { } self)
        {
            // Storage already holds every acknowledged write, so leaving hands nothing over.
            await SetStatusAsync(self, SiloStatus.ShuttingDown, cancellationToken);
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (HostsGrains && view.Self is { } self)
        {
            try
            {
                await directory.DeactivateAllAsync();
            }
            catch (TimeoutException)
            {
                LogSlowShutdown(); // a grain still busy is cut off; its acknowledged writes are in storage already
            }

            await SetStatusAsync(self, SiloStatus.Dead, cancellationToken);
        }
    }

    /// <summary>Re-reads the table now (callers that met a stale owner use it).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var snapshot = await table.ReadAllAsync(cancellationToken);
            view.Update(snapshot);
            if (view.Self is { } self && snapshot.Find(self) is { Status: SiloStatus.Dead })
            {
                LogDeclaredDead(self);
                lifetime.StopApplication();
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (HostsGrains)
        {
            // Active only once this process listens: peers probe an active silo from then on.
            await WhenStartedAsync(stoppingToken);
            await BecomeActiveAsync(stoppingToken);
        }

        var nextProbe = TimeSpan.Zero;
        var nextAlive = options.IAmAlivePeriod;
        var tick = TimeSpan.FromMilliseconds(Math.Min(options.TableRefreshPeriod.TotalMilliseconds, options.ProbePeriod.TotalMilliseconds));
        var elapsed = TimeSpan.Zero;
        var sinceRefresh = TimeSpan.Zero;
        using var timer = new PeriodicTimer(tick);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            elapsed += tick;
            sinceRefresh += tick;
            try
            {
                if (sinceRefresh >= options.TableRefreshPeriod)
                {
                    sinceRefresh = TimeSpan.Zero;
                    await RefreshAsync(stoppingToken);
                }

                if (HostsGrains && elapsed >= nextProbe)
                {
                    nextProbe = elapsed + options.ProbePeriod;
                    await ProbeAsync(stoppingToken);
                }

                if (HostsGrains && elapsed >= nextAlive && view.Self is { } self)
                {
                    nextAlive = elapsed + options.IAmAlivePeriod;
                    await table.UpdateIAmAliveAsync(self, clock.GetUtcNow(), stoppingToken);
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                LogMembershipError(error);
            }
        }
    }

    private async Task InsertJoiningAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entry = new MembershipEntry(view.Self!.Value, identity.Name, SiloStatus.Joining, now, now, []);
        while (true)
        {
            var snapshot = await table.ReadAllAsync(cancellationToken);
            if (await table.InsertAsync(entry, snapshot.Version, cancellationToken))
            {
                view.Update(await table.ReadAllAsync(cancellationToken));
                return;
            }
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private async Task BecomeActiveAsync(CancellationToken cancellationToken)
    {
        var self = view.Self!.Value;

        // Orleans checks that it can reach the active silos before it takes grains from them.
        var active = (await table.ReadAllAsync(cancellationToken)).Active.Select(e => e.Silo).ToList();
        var answers = await Task.WhenAll(active.Select(s => remote.PingAsync(s, options.ProbeTimeout)));
        var unreachable = active.Where((_, i) => !answers[i]).ToList();
        if (unreachable.Count > 0)
        {
            LogUnreachableAtJoin(string.Join(", ", unreachable));
        }

        await SetStatusAsync(self, SiloStatus.Active, cancellationToken);
        await RefreshAsync(cancellationToken);
        LogJoined(self, view.ActiveSilos.Count);
    }

    /// <summary>A status change is a conditional write on the table version: re-read and retry until it lands.</summary>
    private async Task SetStatusAsync(SiloAddress silo, SiloStatus status, CancellationToken cancellationToken)
    {
        while (true)
        {
            var snapshot = await table.ReadAllAsync(cancellationToken);
            if (snapshot.Find(silo) is not { } entry || entry.Status == status || entry.Status == SiloStatus.Dead)
            {
                return;
            }

            if (await table.UpdateAsync(entry with { Status = status, IAmAliveAt = clock.GetUtcNow() }, snapshot.Version, cancellationToken))
            {
                view.Update(await table.ReadAllAsync(cancellationToken));
                return;
            }
        }
    }

    private void DeactivateMoved()
    {
        var moved = directory.DeactivateWhere(id => !view.IsOwnedHere(id));
        if (moved.Count > 0)
        {
            LogMoved(moved.Count, view.ActiveSilos.Count);
            _ = TellStaleCopiesAsync([.. moved.Where(a => a.WroteState)]);
        }
    }

    /// <summary>
    /// Until this silo read the change, it took itself for these grains' owner while their new owner already
    /// did too, and may have activated them from storage before this silo's last writes: that copy would answer
    /// reads from stale state until its own next write failed. Once the moved activations are gone (their last
    /// writes done), the new owners are told which grains were written here, and drop their copies.
    /// </summary>
    private async Task TellStaleCopiesAsync(List<GrainActivation> wrote)
    {
        if (wrote.Count == 0)
        {
            return;
        }

        try
        {
            await Task.WhenAll(wrote.Select(a => a.Deactivated)).WaitAsync(s_lastWritesWait);
        }
        catch (TimeoutException)
        {
            // a turn still running: tell now what is known
        }

        foreach (var owner in wrote.GroupBy(a => view.OwnerOf(a.GrainId)).Where(g => g.Key is { } o && o != view.Self))
        {
            try
            {
                await remote.TellStaleCopiesAsync(owner.Key!.Value, [.. owner.Select(a => a.GrainId)], options.ProbeTimeout);
            }
            catch (Exception error) when (error is HttpRequestException or OperationCanceledException or ObjectDisposedException)
            {
                // ObjectDisposedException: this silo is stopping and its client is gone
                LogStaleCopiesNotTold(error, owner.Key!.Value, owner.Count());
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell silo {Silo} that {Count} of its grains were written here; its copies may answer from stale state until their next write")]
    private partial void LogStaleCopiesNotTold(Exception error, SiloAddress silo, int count);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Membership declares this silo ({Silo}) dead; stopping")]
    private partial void LogDeclaredDead(SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grains did not deactivate within the shutdown timeout; leaving anyway")]
    private partial void LogSlowShutdown();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Membership upkeep failed; will retry")]
    private partial void LogMembershipError(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Joining while active silos do not answer: {Silos}")]
    private partial void LogUnreachableAtJoin(string silos);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} joined; {Active} active silos")]
    private partial void LogJoined(SiloAddress silo, int active);

    [LoggerMessage(Level = LogLevel.Information, Message = "Membership changed ({Active} active silos): {Moved} activations owned elsewhere now deactivate")]
    private partial void LogMoved(int moved, int active);
}
