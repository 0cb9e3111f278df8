using DataSpine.Runtime.Management;

namespace DataSpine.Silo.Dashboard;

/// <summary>
/// Merges the snapshots of every live silo into the dashboard's view. This is the only place where
/// silos are combined: per-silo rows stay as they are, counters are summed across silos, latency
/// histograms are added before any percentile is taken, and history points merge by second.
/// </summary>
internal static class DashboardAggregator
{
    public static DashboardView Merge(IReadOnlyList<SiloSnapshot> snapshots, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var silos = snapshots.OrderBy(s => s.Silo, StringComparer.Ordinal).ToList();
        var total = new CallAccumulator();
        foreach (var silo in silos)
        {
            foreach (var method in silo.Calls)
            {
                total.Add(method, silo.WindowSeconds);
            }
        }

        var totals = new ClusterTotals(silos.Count, silos.Count(s => s.Status == SiloStatus.Active),
            silos.Sum(s => s.Activations.Sum(t => t.Activations)), total.ToRates());
        return new DashboardView(now, totals, silos.Select(SiloRowOf).ToList(), GrainTypes(silos), History(silos));
    }

    private static SiloRow SiloRowOf(SiloSnapshot silo)
    {
        var calls = new CallAccumulator();
        foreach (var method in silo.Calls)
        {
            calls.Add(method, silo.WindowSeconds);
        }

        return new SiloRow(silo.Silo, silo.Status, silo.StartedAt, silo.UptimeSeconds, silo.Activations.Sum(t => t.Activations),
            calls.ToRates(), silo.Process, silo.Activations,
            silo.History.Select(p => new SiloPoint(p.UnixSecond, p.CpuPercent, p.WorkingSetBytes)).ToList());
    }

    private static List<GrainTypeRow> GrainTypes(List<SiloSnapshot> silos)
    {
        var names = silos.SelectMany(s => s.Activations.Select(a => a.GrainType).Concat(s.Calls.Select(c => c.GrainType)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var rows = new List<GrainTypeRow>();
        foreach (var name in names)
        {
            var bySilo = silos
                .Select(s => new SiloActivations(s.Silo, s.Activations.Where(a => a.GrainType == name).Sum(a => a.Activations)))
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

    /// <summary>
    /// Points merge by second. The merged history ends at the earliest "latest second" among the silos,
    /// so that its last point never lacks a silo that simply has not ticked yet.
    /// </summary>
    private static List<HistoryPoint> History(List<SiloSnapshot> silos)
    {
        var withHistory = silos.Where(s => s.History.Count > 0).ToList();
        if (withHistory.Count == 0)
        {
            return [];
        }

        var end = withHistory.Min(s => s.History[^1].UnixSecond);
        return withHistory
            .SelectMany(s => s.History)
            .Where(p => p.UnixSecond <= end)
            .GroupBy(p => p.UnixSecond)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var calls = g.Sum(p => p.Calls);
                var mean = calls == 0 ? 0 : g.Sum(p => p.MeanMilliseconds * p.Calls) / calls;
                return new HistoryPoint(g.Key, calls, g.Sum(p => p.Errors), mean, g.Max(p => p.P99Milliseconds), g.Sum(p => p.Activations));
            })
            .ToList();
    }
}
