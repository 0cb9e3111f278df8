using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Metrics;

namespace DataSpine.Runtime.Activations;

/// <summary>What every activation of a silo shares.</summary>
internal sealed class ActivationServices(
    GrainRuntimeOptions options,
    GrainActivator activator,
    IEnumerable<IIncomingGrainCallFilter> filters,
    RuntimeMetrics metrics,
    RuntimeLog log,
    IServiceProvider services)
{
    public GrainRuntimeOptions Options { get; } = options;

    public GrainActivator Activator { get; } = activator;

    public IIncomingGrainCallFilter[] Filters { get; } = [.. filters];

    public RuntimeMetrics Metrics { get; } = metrics;

    public RuntimeLog Log { get; } = log;

    // Resolved late: the directory and the factory depend on these services in turn.
    public ActivationDirectory Directory => field ??= services.GetRequiredService<ActivationDirectory>();

    public IGrainFactory GrainFactory => field ??= services.GetRequiredService<IGrainFactory>();

    /// <summary>Cancelled when the silo stops.</summary>
    public CancellationToken Stopping => Directory.Stopping;
}
