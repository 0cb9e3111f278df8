using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace DataSpine.Silo.Metrics;

/// <summary>
/// Prometheus text exposition (format 0.0.4) over System.Diagnostics.Metrics, since prometheus-net is not
/// available here. Listens to DataSpine's meters, ASP.NET Core's and the .NET runtime's; aggregates
/// counters as sums, up-down counters and gauges as last values, histograms as cumulative buckets.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    private static readonly string[] s_meters =
        ["DataSpine.", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime"];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, MetricFamily> _families = new();

    public PrometheusExporter(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Meters made by another host's factory (several nodes in one test process) are not ours.
            var ours = instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meters);
            if (ours && s_meters.Any(prefix => instrument.Meter.Name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                _families.TryAdd(instrument, MetricFamily.For(instrument));
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _families.TryRemove(instrument, out MetricFamily? _);
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>Writes every family; observable instruments are sampled now.</summary>
    public string Scrape()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var family in _families.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            family.WriteTo(text);
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (_families.TryGetValue(instrument, out var family))
        {
            family.Record(value, tags);
        }
    }
}
