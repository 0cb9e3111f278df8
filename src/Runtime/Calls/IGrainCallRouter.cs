using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Calls;

/// <summary>
/// The one seam every grain call passes through: it decides where the target lives. The single-node
/// runtime delivers locally; the cluster routes to the owning silo without any change to grain code.
/// </summary>
internal interface IGrainCallRouter
{
    Task<T> InvokeAsync<T>(GrainId target, GrainMethod method, object?[] arguments);
}
