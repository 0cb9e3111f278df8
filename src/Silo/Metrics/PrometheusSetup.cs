using Prometheus;

namespace DataSpine.Silo.Metrics;

/// <summary>
/// prometheus-net exports the node's System.Diagnostics.Metrics meters at /metrics. Only meters whose names
/// pass `promtool check metrics` are let through: some default .NET runtime and Npgsql instruments export
/// `*_count` gauges that promtool rejects, and the event-counter adapter duplicates the runtime meter.
/// </summary>
internal static class PrometheusSetup
{
    private static readonly string[] s_meters =
        ["DataSpine", "Microsoft.Orleans", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    private static readonly Lock s_lock = new();
    private static bool s_configured;

    /// <summary>prometheus-net's adapters are process-wide; they are configured once, before first use.</summary>
    public static void ConfigureOnce()
    {
        lock (s_lock)
        {
            if (s_configured)
            {
                return;
            }

            Prometheus.Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true, SuppressDebugMetrics = true, SuppressMeters = true });
            MeterAdapter.StartListening(new MeterAdapterOptions
            {
                InstrumentFilterPredicate = instrument => s_meters.Any(prefix => instrument.Meter.Name.StartsWith(prefix, StringComparison.Ordinal)),
            });
            s_configured = true;
        }
    }
}
