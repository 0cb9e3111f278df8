namespace DataSpine.Runtime.Hosting;

/// <summary>Settings of the grain runtime (configuration section "Runtime").</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>An activation idle for this long is collected (Orleans' default: 15 minutes).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A call not answered within this time fails with <see cref="TimeoutException"/>.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Files of further grain assemblies to host (plug-in grains; the cluster tests load their test grains so).</summary>
    public IReadOnlyList<string> GrainAssemblyPaths { get; set; } = [];

    /// <summary>Time allowed for OnDeactivateAsync of all activations when the silo stops.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Copy arguments and results through JSON on every call, as a remote call would: proves they are
    /// serializable and isolates caller from callee. On in Debug builds (tests), off in Release.
    /// </summary>
    public bool CopyCallsThroughJson { get; set; } = IsDebugBuild;

#if DEBUG
    private const bool IsDebugBuild = true;
#else
    private const bool IsDebugBuild = false;
#endif
}
