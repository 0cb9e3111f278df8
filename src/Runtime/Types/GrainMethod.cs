using System.Reflection;
using DataSpine.Runtime.Calls;
using DataSpine.Runtime.Metrics;

namespace DataSpine.Runtime.Types;

/// <summary>
/// Everything the runtime needs to call one grain interface method: how to invoke it on an instance,
/// how a proxy turns the routed call back into the method's return type, and its interleaving rules.
/// Built once per method (compiled delegates, no reflection per call).
/// </summary>
internal sealed class GrainMethod
{
    public required MethodInfo InterfaceMethod { get; init; }

    /// <summary>The grain type this method is called on.</summary>
    public required GrainType Owner { get; init; }

    public required string Name { get; init; }

    /// <summary>The method as a remote call names it: declaring interface, name and parameter types, stable across processes.</summary>
    public string WireName => field ??= $"{InterfaceMethod.DeclaringType!.FullName}.{Name}({string.Join(',', ParameterTypes.Select(t => t.FullName))})";

    /// <summary>The awaited result type; <see cref="object"/> for Task and ValueTask.</summary>
    public required Type ResultType { get; init; }

    public required Type[] ParameterTypes { get; init; }

    public required bool IsReadOnly { get; init; }

    public required bool IsAlwaysInterleave { get; init; }

    /// <summary>Calls the method on a grain instance and yields its result boxed.</summary>
    public required Func<object, object?[], ValueTask<object?>> Invoke { get; init; }

    /// <summary>Routes a call from a proxy and returns a value of the method's declared return type.</summary>
    public required Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object> RouteFromProxy { get; init; }

    /// <summary>This method's call statistics, found once and kept here so that a call needs no lookup.</summary>
    public MethodCallCounters? CallCounters { get; set; }
}
