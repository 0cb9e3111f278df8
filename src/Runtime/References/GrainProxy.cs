using System.Reflection;
using DataSpine.Runtime.Calls;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.References;

/// <summary>
/// The object behind every grain reference: implements the grain interface by turning each call into
/// a routed request. Two references to the same grain are equal.
/// </summary>
public class GrainProxy : DispatchProxy
{
    private GrainType _type = null!;
    private IGrainCallRouter _router = null!;

    public GrainId GrainId { get; private set; }

    internal Type Interface => _type.Interface;

    internal static TGrain Create<TGrain>(GrainType type, GrainId id, IGrainCallRouter router)
    {
        var proxy = Create<TGrain, GrainProxy>();
        var self = (GrainProxy)(object)proxy!;
        self._type = type;
        self._router = router;
        self.GrainId = id;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var method = _type.Methods[targetMethod];
        return method.RouteFromProxy(_router, GrainId, method, args ?? []);
    }

    public override bool Equals(object? obj) => obj is GrainProxy other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();
}
