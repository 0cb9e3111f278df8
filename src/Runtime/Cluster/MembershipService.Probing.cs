using DataSpine.Runtime.Management;
using Microsoft.Extensions.Logging;

namespace DataSpine.Runtime.Cluster;

/// <summary>
/// Failure detection: each silo probes the next few active silos on a ring; a peer that misses enough
/// probes in a row gets this silo's vote. Enough recent votes from different silos (or being the only
/// other silo) declare it dead, by a conditional write like every status change.
/// </summary>
internal sealed partial class MembershipService
{
    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var self = view.Self!.Value;
        var peers = Peers(self);
        var answers = await Task.WhenAll(peers.Select(p => remote.PingAsync(p, options.ProbeTimeout)));
        for (var i = 0; i < peers.Count; i++)
        {
            var missed = answers[i] ? 0 : _missed.GetValueOrDefault(peers[i]) + 1;
            _missed[peers[i]] = missed;
            if (missed >= options.MissedProbesLimit)
            {
                await SuspectAsync(self, peers[i], cancellationToken);
            }
        }

        foreach (var gone in _missed.Keys.Except(view.ActiveSilos).ToList())
        {
            _missed.Remove(gone);
        }
    }

    /// <summary>The next <see cref="ClusterOptions.ProbedPeers"/> active silos after this one, in ring order.</summary>
    private List<SiloAddress> Peers(SiloAddress self)
    {
        var ring = view.ActiveSilos.Where(s => s != self).ToList();
        var after = ring.Where(s => string.CompareOrdinal(s.ToString(), self.ToString()) > 0)
            .Concat(ring.Where(s => string.CompareOrdinal(s.ToString(), self.ToString()) < 0));
        return [.. after.Take(options.ProbedPeers)];
    }

    private async Task SuspectAsync(SiloAddress self, SiloAddress suspect, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var snapshot = await table.ReadAllAsync(cancellationToken);
            if (snapshot.Find(suspect) is not { Status: SiloStatus.Active or SiloStatus.Joining or SiloStatus.ShuttingDown } entry)
            {
                view.Update(snapshot);
                return;
            }

            var now = clock.GetUtcNow();
            if (now - entry.StartedAt < options.NewSiloGracePeriod)
            {
                return;
            }

            var votes = entry.Suspicions
                .Where(v => now - v.At < options.DeathVoteExpiration && v.By != self.ToString())
                .Append(new SuspectVote(self.ToString(), now))
                .ToList();
            var others = snapshot.Active.Count(e => e.Silo != suspect);
            var needed = Math.Max(1, Math.Min(options.VotesForDeath, others));
            var dead = votes.Count >= needed;
            var updated = entry with { Suspicions = votes, Status = dead ? SiloStatus.Dead : entry.Status };
            if (await table.UpdateAsync(updated, snapshot.Version, cancellationToken))
            {
                if (dead)
                {
                    LogDeclaredDeadPeer(suspect, votes.Count);
                }
                else
                {
                    LogSuspected(suspect, votes.Count, needed);
                }

                await RefreshAsync(cancellationToken);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} declared dead ({Votes} votes)")]
    private partial void LogDeclaredDeadPeer(SiloAddress silo, int votes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} suspected ({Votes} of {Needed} votes)")]
    private partial void LogSuspected(SiloAddress silo, int votes, int needed);
}
