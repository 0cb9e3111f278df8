using System.Diagnostics;
using System.Diagnostics.Metrics;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Metrics;

/// <summary>
/// The runtime's instruments (meter "DataSpine.Runtime"): grain calls by type and method, call latency,
/// errors, and activations by type. They feed /metrics and the dashboard.
/// </summary>
internal sealed class RuntimeMetrics : IDisposable
{
    public const string MeterName = "DataSpine.Runtime";

    /// <summary>Grain calls are mostly sub-millisecond; buckets from 10 µs to the 30 s call timeout.</summary>
    public static readonly double[] LatencyBuckets =
        [0.00001, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _callErrors;
    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _activationsCreated;
    private readonly Counter<long> _activationsDeactivated;
    private readonly Counter<long> _activationFailures;

    public RuntimeMetrics(IMeterFactory meters, GrainTypeRegistry types)
    {
        _meter = meters.Create(MeterName);
        _calls = _meter.CreateCounter<long>("dataspine.grain.calls", description: "Grain calls received, by grain type and method.");
        _callErrors = _meter.CreateCounter<long>("dataspine.grain.call.errors", description: "Grain calls that threw, by grain type and method.");
        _callDuration = _meter.CreateHistogram("dataspine.grain.call.duration", unit: "s", description: "Grain call latency inside the grain.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _activationsCreated = _meter.CreateCounter<long>("dataspine.grain.activations.created", description: "Activations created, by grain type.");
        _activationsDeactivated = _meter.CreateCounter<long>("dataspine.grain.activations.deactivated", description: "Activations deactivated, by grain type and reason.");
        _activationFailures = _meter.CreateCounter<long>("dataspine.grain.activation.failures", description: "Activations whose OnActivateAsync or state load failed.");
        _meter.CreateObservableGauge("dataspine.grain.activations", () => types.All.Select(t =>
            new Measurement<int>(t.ActivationCount, new KeyValuePair<string, object?>("grain_type", t.Name))),
            description: "Live activations on this silo, by grain type.");
    }

    public void CallCompleted(string grainType, string method, double seconds, bool failed)
    {
        var tags = new TagList { { "grain_type", grainType }, { "method", method } };
        _calls.Add(1, tags);
        _callDuration.Record(seconds, tags);
        if (failed)
        {
            _callErrors.Add(1, tags);
        }
    }

    public void ActivationCreated(string grainType) =>
        _activationsCreated.Add(1, new KeyValuePair<string, object?>("grain_type", grainType));

    public void ActivationCollected(string grainType, DeactivationReason reason) =>
        _activationsDeactivated.Add(1, new KeyValuePair<string, object?>("grain_type", grainType),
            new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void ActivationFailed(string grainType) =>
        _activationFailures.Add(1, new KeyValuePair<string, object?>("grain_type", grainType));

    public void Dispose() => _meter.Dispose();
}
