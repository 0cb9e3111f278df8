using System.Collections.Frozen;
using System.Reflection;

namespace DataSpine.Runtime.Types;

/// <summary>A grain interface bound to its implementation class, with its stable type name and methods.</summary>
internal sealed class GrainType
{
    public GrainType(Type interfaceType, Type implementation)
    {
        Interface = interfaceType;
        Implementation = implementation;
        Name = implementation.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? DefaultName(implementation);
        IsReentrant = implementation.IsDefined(typeof(ReentrantAttribute), inherit: true);
        var worker = implementation.GetCustomAttribute<StatelessWorkerAttribute>();
        MaxLocalWorkers = worker is null ? 1 : worker.MaxLocalWorkers > 0 ? worker.MaxLocalWorkers : Environment.ProcessorCount;
        Methods = AllMethods(interfaceType).ToFrozenDictionary(m => m, m => GrainMethodCompiler.Compile(m, this));
        MethodsByWireName = Methods.Values.ToFrozenDictionary(m => m.WireName, StringComparer.Ordinal);
    }

    public Type Interface { get; }

    public Type Implementation { get; }

    /// <summary>Stable name used in grain ids and storage rows: the class name without "Grain", lower-case.</summary>
    public string Name { get; }

    public bool IsReentrant { get; }

    /// <summary>1 for ordinary grains; more for stateless workers.</summary>
    public int MaxLocalWorkers { get; }

    public FrozenDictionary<MethodInfo, GrainMethod> Methods { get; }

    /// <summary>Methods by the name a remote call carries (<see cref="GrainMethod.WireName"/>).</summary>
    public FrozenDictionary<string, GrainMethod> MethodsByWireName { get; }

    /// <summary>Stateless workers run wherever they are called; they are never routed to an owner.</summary>
    public bool IsStatelessWorker => Implementation.IsDefined(typeof(StatelessWorkerAttribute), inherit: true);

    /// <summary>Live activations of this type on this silo (metrics and the dashboard read it).</summary>
    public int ActivationCount => _activationCount;

    private int _activationCount;

    public void CountActivation(int delta) => Interlocked.Add(ref _activationCount, delta);

    private static string DefaultName(Type implementation)
    {
        var name = implementation.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }

    private static IEnumerable<MethodInfo> AllMethods(Type interfaceType) =>
        interfaceType.GetMethods()
            .Concat(interfaceType.GetInterfaces().SelectMany(i => i.GetMethods()))
            .Distinct();
}
