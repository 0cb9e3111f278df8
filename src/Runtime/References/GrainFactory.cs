using DataSpine.Runtime.Calls;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.References;

/// <summary>Creates grain references; holds no activations itself.</summary>
internal sealed class GrainFactory(GrainTypeRegistry types, IGrainCallRouter router) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        var type = types.ForInterface(typeof(TGrainInterface));
        return GrainProxy.Create<TGrainInterface>(type, new GrainId(type.Name, key), router);
    }

    /// <summary>A reference by interface type, for deserializing references that crossed a boundary.</summary>
    public object GetGrain(Type grainInterface, string key)
    {
        var type = types.ForInterface(grainInterface);
        var create = typeof(GrainProxy).GetMethod(nameof(GrainProxy.Create), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(grainInterface);
        return create.Invoke(null, [type, new GrainId(type.Name, key), router])!;
    }
}
