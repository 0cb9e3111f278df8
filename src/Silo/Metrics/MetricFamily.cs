using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace DataSpine.Silo.Metrics;

/// <summary>One instrument as a Prometheus metric family: its name, type, help and labelled series.</summary>
internal sealed class MetricFamily
{
    private static readonly double[] s_defaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private static readonly string[] s_reservedSuffixes = ["_total", "_count", "_sum", "_bucket"];

    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly Kind _kind;
    private readonly double[] _buckets;
    private readonly string _help;
    private readonly bool _sumsDeltas;

    private MetricFamily(string name, Kind kind, string help, double[] buckets, bool sumsDeltas)
    {
        Name = name;
        _kind = kind;
        _help = help;
        _buckets = buckets;
        _sumsDeltas = sumsDeltas;
    }

    private enum Kind
    {
        Counter,
        Gauge,
        Histogram,
    }

    public string Name { get; }

    public static MetricFamily For(Instrument instrument)
    {
        var kind = instrument switch
        {
            Counter<long> or Counter<int> or Counter<double> or Counter<float> => Kind.Counter,
            ObservableCounter<long> or ObservableCounter<int> or ObservableCounter<double> or ObservableCounter<float> => Kind.Counter,
            Histogram<double> or Histogram<long> or Histogram<int> or Histogram<float> => Kind.Histogram,
            _ => Kind.Gauge,
        };
        var name = PrometheusNames.Metric(instrument.Name, instrument.Unit);
        if (kind == Kind.Counter && !name.EndsWith("_total", StringComparison.Ordinal))
        {
            name += "_total";
        }
        else if (kind != Kind.Counter && s_reservedSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)))
        {
            // _total, _count, _sum and _bucket belong to counters and histograms (dotnet.process.cpu.count is a gauge).
            name += "_value";
        }

        var buckets = (instrument as Histogram<double>)?.Advice?.HistogramBucketBoundaries?.ToArray()
            ?? (instrument as Histogram<long>)?.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray()
            ?? s_defaultBuckets;
        var help = string.IsNullOrWhiteSpace(instrument.Description) ? instrument.Name : instrument.Description;
        // Counter and UpDownCounter record deltas; observable instruments and gauges record current values.
        var definition = instrument.GetType().GetGenericTypeDefinition();
        var sumsDeltas = definition == typeof(Counter<>) || definition == typeof(UpDownCounter<>);
        return new MetricFamily(name, kind, help, buckets, sumsDeltas);
    }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = PrometheusNames.Labels(tags);
        var series = _series.GetOrAdd(labels, static (_, buckets) => new Series(buckets.Length), _buckets);
        lock (series)
        {
            switch (_kind)
            {
                case Kind.Counter or Kind.Gauge:
                    series.Value = _sumsDeltas ? series.Value + value : value;
                    break;
                case Kind.Histogram:
                    series.Value += value;
                    series.Count++;
                    var index = Array.FindIndex(_buckets, b => value <= b);
                    if (index >= 0)
                    {
                        series.Buckets[index]++;
                    }

                    break;
            }
        }
    }

    public void WriteTo(StringBuilder text)
    {
        if (_series.IsEmpty)
        {
            return;
        }

        var type = _kind switch { Kind.Counter => "counter", Kind.Histogram => "histogram", _ => "gauge" };
        text.Append("# HELP ").Append(Name).Append(' ').Append(PrometheusNames.EscapeHelp(_help)).Append('\n');
        text.Append("# TYPE ").Append(Name).Append(' ').Append(type).Append('\n');
        foreach (var (labels, series) in _series.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            lock (series)
            {
                if (_kind == Kind.Histogram)
                {
                    WriteHistogram(text, labels, series);
                }
                else
                {
                    WriteSample(text, Name, labels, series.Value);
                }
            }
        }
    }

    private void WriteHistogram(StringBuilder text, string labels, Series series)
    {
        long cumulative = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            cumulative += series.Buckets[i];
            WriteSample(text, Name + "_bucket", PrometheusNames.WithLabel(labels, "le", Format(_buckets[i])), cumulative);
        }

        WriteSample(text, Name + "_bucket", PrometheusNames.WithLabel(labels, "le", "+Inf"), series.Count);
        WriteSample(text, Name + "_sum", labels, series.Value);
        WriteSample(text, Name + "_count", labels, series.Count);
    }

    private static void WriteSample(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(Format(value)).Append('\n');
    }

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : double.IsNaN(value) ? "NaN"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private sealed class Series(int buckets)
    {
        public double Value { get; set; }

        public long Count { get; set; }

        public long[] Buckets { get; } = new long[buckets];
    }
}
