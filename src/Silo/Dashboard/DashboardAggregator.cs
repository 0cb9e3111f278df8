using DataSpine.Runtime.Management;

namespace DataSpine.Silo.Dashboard;

/// <summary>
/// Merges the snapshots of every live silo into the dashboard's view, with the silos of the membership
/// table that gave none (not answering, or recently dead) as rows without figures. This is the only place
/// where silos are combined: per-silo rows stay as they are, counters are summed across silos, latency
/// histograms are added before any percentile is taken, and history points merge by second
/// (<see cref="DashboardHistory"/>).
/// </summary>
internal static class DashboardAggregator
{
    /// <summary>How long a dead silo stays listed after it was last heard of.</summary>
    public static readonly TimeSpan DeadSilosListedFor = TimeSpan.FromMinutes(10);

    /// <summary>Silos of <paramref name="members"/> (the membership table) without a snapshot are listed too: not answering, or recently dead.</summary>
    public static DashboardView Merge(IReadOnlyList<SiloSnapshot> snapshots, DateTimeOffset now, IReadOnlyList<SiloMember>? members = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        members ??= [];
        var silos = snapshots.OrderBy(s => s.Silo, StringComparer.Ordinal).ToList();
        var total = new CallAccumulator();
        foreach (var silo in silos)
        {
            foreach (var method in silo.Calls)
            {
                total.Add(method, silo.WindowSeconds);
            }
        }

        var answering = silos.Select(s => s.Silo).ToHashSet(StringComparer.Ordinal);
        var silent = members
            .Where(m => !answering.Contains(m.Name) && (m.Status != SiloStatus.Dead || now - m.LastHeardOf < DeadSilosListedFor))
            .Select(SilentRowOf);
        var addresses = members.Where(m => m.Status != SiloStatus.Dead && answering.Contains(m.Name))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Address, StringComparer.Ordinal);
        var rows = silos.Select(s => SiloRowOf(s, addresses.GetValueOrDefault(s.Silo)))
            .Concat(silent)
            .OrderBy(r => r.Status == SiloStatus.Dead)
            .ThenBy(r => r.Address ?? r.Silo, StringComparer.Ordinal)
            .ToList();
        var totals = new ClusterTotals(rows.Count, rows.Count(r => r.Status == SiloStatus.Active && r.Answering),
            silos.Sum(s => s.Activations.Sum(t => t.Activations)), total.ToRates());
        return new DashboardView(now, totals, rows, GrainTypes(silos, addresses), DashboardHistory.Merge(silos));
    }

    private static SiloRow SiloRowOf(SiloSnapshot silo, string? address)
    {
        var calls = new CallAccumulator();
        foreach (var method in silo.Calls)
        {
            calls.Add(method, silo.WindowSeconds);
        }

        return new SiloRow(silo.Silo, address, silo.Status, Answering: true, silo.StartedAt, silo.UptimeSeconds, silo.Activations.Sum(t => t.Activations),
            calls.ToRates(), silo.Process, silo.Activations,
            silo.History.Select(p => new SiloPoint(p.UnixSecond, p.CpuPercent, p.WorkingSetBytes)).ToList());
    }

    private static SiloRow SilentRowOf(SiloMember member) =>
        new(member.Name, member.Address, member.Status, Answering: false, member.StartedAt, (member.LastHeardOf - member.StartedAt).TotalSeconds, 0,
            new CallAccumulator().ToRates(), null, [], []);

    /// <summary>Per grain type; a silo's activations are named by its address where membership gives one.</summary>
    private static List<GrainTypeRow> GrainTypes(List<SiloSnapshot> silos, Dictionary<string, string> addresses)
    {
        var names = silos.SelectMany(s => s.Activations.Select(a => a.GrainType).Concat(s.Calls.Select(c => c.GrainType)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var rows = new List<GrainTypeRow>();
        foreach (var name in names)
        {
            var bySilo = silos
                .Select(s => new SiloActivations(addresses.GetValueOrDefault(s.Silo, s.Silo), s.Activations.Where(a => a.GrainType == name).Sum(a => a.Activations)))
                .Where(s => s.Activations > 0)
                .ToList();
            var type = new CallAccumulator();
            var methods = new SortedDictionary<string, CallAccumulator>(StringComparer.Ordinal);
            foreach (var silo in silos)
            {
                foreach (var call in silo.Calls.Where(c => c.GrainType == name))
                {
                    type.Add(call, silo.WindowSeconds);
                    if (!methods.TryGetValue(call.Method, out var method))
                    {
                        methods[call.Method] = method = new CallAccumulator();
                    }

                    method.Add(call, silo.WindowSeconds);
                }
            }

            rows.Add(new GrainTypeRow(name, bySilo.Sum(s => s.Activations), bySilo, type.ToRates(),
                methods.Select(m => new MethodRow(m.Key, m.Value.ToRates())).ToList()));
        }

        return rows;
    }
}
