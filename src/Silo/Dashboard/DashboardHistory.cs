using DataSpine.Runtime.Management;

namespace DataSpine.Silo.Dashboard;

/// <summary>
/// The cluster's per-second history from the silos' own. Points merge by second; the merged history ends
/// at the earliest "latest second" among the silos, so that its last point never lacks a silo that simply
/// has not ticked yet. It covers the silos that answer now: a dead silo's past leaves the charts with it.
/// </summary>
internal static class DashboardHistory
{
    public static List<HistoryPoint> Merge(List<SiloSnapshot> silos)
    {
        var withHistory = silos.Where(s => s.History.Count > 0).ToList();
        if (withHistory.Count == 0)
        {
            return [];
        }

        var end = withHistory.Min(s => s.History[^1].UnixSecond);
        var levels = new ActivationLevels(withHistory);
        return withHistory
            .SelectMany(s => s.History)
            .Where(p => p.UnixSecond <= end)
            .GroupBy(p => p.UnixSecond)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var calls = g.Sum(p => p.Calls);
                var mean = calls == 0 ? 0 : g.Sum(p => p.MeanMilliseconds * p.Calls) / calls;
                return new HistoryPoint(g.Key, calls, g.Sum(p => p.Errors), mean, g.Max(p => p.P99Milliseconds), levels.At(g.Key));
            })
            .ToList();
    }

    /// <summary>
    /// Activations are a level, not a count of the second: a silo without a point in some second (two of
    /// its ticks landed in the one before) still holds its previous point's activations, rather than
    /// dropping out of the sum and drawing a dip. Asked for seconds in increasing order.
    /// </summary>
    private sealed class ActivationLevels(List<SiloSnapshot> silos)
    {
        private readonly int[] _next = new int[silos.Count];

        public int At(long second)
        {
            var total = 0;
            for (var i = 0; i < silos.Count; i++)
            {
                var history = silos[i].History;
                while (_next[i] < history.Count && history[_next[i]].UnixSecond <= second)
                {
                    _next[i]++;
                }

                total += _next[i] > 0 ? history[_next[i] - 1].Activations : 0;
            }

            return total;
        }
    }
}
